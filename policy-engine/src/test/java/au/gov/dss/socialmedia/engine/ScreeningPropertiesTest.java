package au.gov.dss.socialmedia.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.gov.dss.socialmedia.domain.compliance.Channel;
import au.gov.dss.socialmedia.domain.compliance.Finding;
import java.util.Random;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Properties over seeded random text: screening never throws and every span lies inside the text. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScreeningPropertiesTest {

    private static final String[] PIECES = {"fuck", "f*ck", "sh1t", "$", "@", "!", "*", "#", "0412 345 678",
            "123 456 782", "TFN", "DOB", "12/03/1985", "PROTECTED", "[SEC=", "]", "OFFICIAL:", "Sensitive",
            "12 Smith St", "a@b.com", "%", "+61", "(", ")", "-", ".", "\u200B", "\u200D", "\u0301", "\uFE0F",
            "\uD83D\uDE00", "\uD83C\uDFFD", "\uD835\uDC1F", "\uD800", "\uDC00", "ｆ", "\u0441", "ß", "İ", "'", "\u2019",
            " ", "  ", "\n", "\t", "the", "we guarantee", "research shows", "1 in 5", "dss", "Arsenal", "5", "55",
            "4111 1111 1111 1111", "2123 45670 1", "x", "A", "é", "中文", "\u0000", "\uFFFF"};

    @Test
    void random_text_never_throws_and_every_span_lies_inside_the_text_on_code_point_boundaries() {
        Random random = new Random(20261123L);
        ComplianceEngine engine = EngineFixture.engine();
        for (int round = 0; round < 5_000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(30);
            for (int i = 0; i < pieces; i++) {
                if (random.nextInt(4) == 0) {
                    text.append((char) random.nextInt(0x10000));
                } else {
                    text.append(PIECES[random.nextInt(PIECES.length)]);
                }
            }
            String s = text.toString();
            for (Channel channel : Channel.values()) {
                for (Finding f : engine.screen(ScreeningRequest.of(s, channel)).findings()) {
                    assertTrue(f.span().fitsIn(s.length()), () -> f + " outside " + s.length() + ": " + s);
                    assertFalse(splitsSurrogatePair(s, f.span().start()), () -> f + " splits a pair in " + s);
                    assertFalse(splitsSurrogatePair(s, f.span().end()), () -> f + " splits a pair in " + s);
                }
            }
        }
    }

    private static boolean splitsSurrogatePair(String s, int index) {
        return index > 0 && index < s.length() && Character.isHighSurrogate(s.charAt(index - 1))
                && Character.isLowSurrogate(s.charAt(index));
    }

    @Test
    void every_span_of_a_lexicon_finding_starts_and_ends_on_a_letter_or_digit_of_the_text() {
        Random random = new Random(7L);
        String[] words = {"shit", "f*ck", "sh1t", "bullshit", "idiot", "kill you", "hello", "world", "\u200B", " ",
                "!", "\uD83D\uDE00", "b!tch", "$hit", "fuuuck"};
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 12; i++) {
                text.append(words[random.nextInt(words.length)]).append(random.nextBoolean() ? " " : "");
            }
            String s = text.toString();
            for (Finding f : EngineFixture.screen(s, Channel.OFFICIAL_POST).findings()) {
                assertTrue(f.span().length() > 0, () -> f.toString());
                char first = s.charAt(f.span().start());
                assertTrue(Character.isLetterOrDigit(first) || "$@".indexOf(first) >= 0, () -> f + " in " + s);
            }
        }
    }
}
