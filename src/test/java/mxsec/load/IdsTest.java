package mxsec.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class IdsTest {
    @Test
    void slugCheckAgreesWithItsPattern() {
        String[] fixed = {"", "a", "-", "a-", "-a", "a--b", "a-b", "sinaloa-cartel", "A", "a_b", "a b", "é", "0", "2019-06",
            "x".repeat(80), "x".repeat(81), "a-".repeat(40) + "a"};
        for (String s : fixed) assertThat(Ids.isSlug(s)).as(s).isEqualTo(Ids.isSlugByPattern(s));
        Random random = new Random(7);
        String alphabet = "ab09-_A é";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(12);
            for (int j = 0; j < n; j++) s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            assertThat(Ids.isSlug(s.toString())).as(s.toString()).isEqualTo(Ids.isSlugByPattern(s.toString()));
        }
    }
}
