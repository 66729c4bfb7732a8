package org.seigraph.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.seigraph.support.GraphQlHttp;
import org.seigraph.support.SharedApp;
import tools.jackson.databind.JsonNode;

/**
 * The judging corpus ({@code src/test/resources/ask/corpus.txt}): every question is asked, and its answer compared
 * with the answer the plan's text gives. At least 90 % must be exactly right and none wrong (an answer given that
 * is not the expected one; saying "not understood" is not wrong). For every answered question the GraphQL request
 * the answer says it equals is run over HTTP, as an analyst would, and must give the same answer. The table of
 * results goes to {@code target/ask-corpus.md} (docs/ask.md quotes it).
 */
class AskCorpusTest {

    private static AskService ask;
    private static GraphQlHttp http;
    private static List<AskCorpus.Case> cases;

    @BeforeAll
    static void load() throws IOException {
        ask = SharedApp.bean(AskService.class);
        http = SharedApp.http();
        try (InputStream in = AskCorpusTest.class.getResourceAsStream("/ask/corpus.txt")) {
            cases = AskCorpus.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theCorpusIsBigEnoughAndCoversEveryIntent() {
        assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
        assertThat(cases.stream().filter(c -> c.chinese()).count()).isGreaterThanOrEqualTo(60);
        assertThat(cases.stream().filter(c -> !c.chinese()).count()).isGreaterThanOrEqualTo(20);
        assertThat(cases.stream().map(AskCorpus.Case::group).distinct()).contains("responsibility", "reverse", "negation",
                "counts", "aggregation", "ordering", "targets", "layout", "dependency", "paths", "parkfit", "documents",
                "unanswerable");
    }

    @Test
    void atLeastNinetyPercentRightAndNoWrongAnswer() throws IOException {
        List<AskCorpus.Outcome> outcomes = new ArrayList<>();
        for (AskCorpus.Case c : cases) {
            outcomes.add(AskCorpus.judge(c, ask.ask(c.question())));
        }
        String table = AskCorpus.table(outcomes);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/ask-corpus.md"), table);
        long right = outcomes.stream().filter(o -> o.verdict() == AskCorpus.Verdict.RIGHT).count();
        List<AskCorpus.Outcome> wrong = outcomes.stream().filter(o -> o.verdict() == AskCorpus.Verdict.WRONG).toList();
        assertThat(wrong).as(table).isEmpty();
        assertThat(right * 100.0 / outcomes.size()).as(table).isGreaterThanOrEqualTo(90.0);
    }

    @Test
    void everyAnswerIsWhatItsGraphQlRequestGivesOverHttp() {
        for (AskCorpus.Case c : cases) {
            Answer a = ask.ask(c.question());
            if (!a.understood()) {
                continue;
            }
            JsonNode response = http.query(a.query().document(), a.query().variables());
            assertThat(response.get("errors")).as(c.question() + "\n" + response).isNull();
            @SuppressWarnings("unchecked")
            Map<String, Object> data = GraphQlHttp.JSON.convertValue(response.get("data"), LinkedHashMap.class);
            List<Answer.Item> overHttp = ask.read(c.question(), data);
            assertThat(AskCorpus.signature(overHttp)).as(c.question()).isEqualTo(AskCorpus.signature(a.items()));
            String body = response.toString();
            for (Answer.Item i : a.items()) {
                if (i.id() != null) {
                    assertThat(body).as(c.question()).contains("\"" + i.id() + "\"");
                }
            }
        }
    }
}
