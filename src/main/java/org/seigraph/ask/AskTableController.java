package org.seigraph.ask;

import java.util.Map;

import org.seigraph.tables.Table;
import org.seigraph.tables.TableFormat;
import org.seigraph.web.ApiException;
import org.seigraph.web.Downloads;
import org.seigraph.web.ErrorCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/ask?q=…&format=csv|xlsx&lang=zh|en}: the answer as a file of the tables feature ({@link AskTable}),
 * headers in {@code lang} (by default the question's language). A question that is not understood has no table: it
 * is BAD_REQUEST, with why and the questions that can be answered ({@code suggestions}), never an empty file.
 */
@RestController
class AskTableController {

    private static final int MAX_FILE_PART = 60;

    private final AskService service;

    AskTableController(AskService service) {
        this.service = service;
    }

    @GetMapping(path = "/api/ask", params = "format")
    ResponseEntity<byte[]> table(@RequestParam(name = "q", required = false) String q, @RequestParam String format,
                                 @RequestParam(required = false) String lang) {
        TableFormat f = TableFormat.parse(format);
        Table.Lang asked = lang == null ? null : Table.Lang.parse(lang);
        Answer answer = service.ask(q);
        if (!answer.understood()) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "The question was not understood, so it has no table. "
                    + answer.explanation(), Map.of("suggestions", answer.suggestions()));
        }
        Table.Lang l = asked != null ? asked : Table.Lang.parse(answer.language());
        return f.download(AskTable.of(answer, l), l, fileName(answer.interpretation() != null ? answer.interpretation() : answer.question()));
    }

    /** sei-graph-ask-海洋工程装备由哪些部门负责？哪个牵头 (the question as understood, at most 60 characters of it). */
    static String fileName(String question) {
        String q = question.strip().replaceAll("[?？。.!！\\s]+$", "");
        q = q.length() > MAX_FILE_PART ? q.substring(0, MAX_FILE_PART) : q;
        return "sei-graph-ask-" + Downloads.safePart(q);
    }
}
