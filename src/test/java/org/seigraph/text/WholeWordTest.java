package org.seigraph.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;

/** A Latin term as a whole word of a lower-cased text, or as the start of one. */
class WholeWordTest {

    @Test
    void findsTheTermOnlyAsAWholeWord() {
        WholeWord ai = WholeWord.of("ai", false);
        assertThat(places(ai, "ai chips and an email")).containsExactly(0);
        assertThat(places(ai, "email")).isEmpty();
        assertThat(places(ai, "生物ai2")).isEmpty(); // a digit continues the word
        assertThat(places(ai, "生物ai，芯片")).containsExactly(2); // Han characters are not Latin word characters
        assertThat(places(WholeWord.of("joint venture", false), "a joint venture, joint ventures")).containsExactly(2);
    }

    @Test
    void aPrefixMayContinueTheWord() {
        WholeWord euro = WholeWord.of("europ", true);
        assertThat(places(euro, "european and europe; neuropathy")).containsExactly(0, 13);
        assertThat(places(euro, "asia")).isEmpty();
    }

    private static List<Integer> places(WholeWord w, String lower) {
        List<Integer> out = new ArrayList<>();
        for (Matcher m = w.in(lower); m.find(); ) {
            out.add(m.start());
        }
        return out;
    }
}
