package coach.kaizen.app.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneLinksTest {

    @Test
    void aNumberWithSpacesAndAPlusBecomesALinkToCallIt() {
        assertThat(PhoneLinks.html("Sam +44 7700 900123"))
                .isEqualTo("Sam <a href=\"tel:+447700900123\">+44 7700 900123</a>");
    }

    @Test
    void everyNumberInTheWordsIsLinkedAndTheWordsBetweenStay() {
        assertThat(PhoneLinks.html("Samaritans 116 123, Mum 0800 111 0 111 or (020) 7946-0958.\nDr Lee 01632.960.001"))
                .isEqualTo("Samaritans 116 123, Mum <a href=\"tel:08001110111\">0800 111 0 111</a> or "
                        + "<a href=\"tel:02079460958\">(020) 7946-0958</a>.\nDr Lee "
                        + "<a href=\"tel:01632960001\">01632.960.001</a>");
    }

    @Test
    void numbersTooShortToCallAreLeftAsTheyAre() {
        assertThat(PhoneLinks.html("Walk 20 minutes at 7 pm, room 101, 12 34 56, call 999"))
                .isEqualTo("Walk 20 minutes at 7 pm, room 101, 12 34 56, call 999");
        assertThat(PhoneLinks.html("1234567")).isEqualTo("<a href=\"tel:1234567\">1234567</a>");
    }

    @Test
    void numbersInsideWordsAreNotLinked() {
        assertThat(PhoneLinks.html("code AB12345678 and 12345678XY")).isEqualTo("code AB12345678 and 12345678XY");
    }

    @Test
    void everythingElseIsEscaped() {
        assertThat(PhoneLinks.html("<script>alert('x')</script> & \"Jo\" <b>07700 900123</b>"))
                .doesNotContain("<script>", "<b>")
                .startsWith("&lt;script&gt;")
                .contains("&amp;")
                .contains("&lt;b&gt;<a href=\"tel:07700900123\">07700 900123</a>&lt;/b&gt;");
        assertThat(PhoneLinks.html("<img src=x onerror=alert(1)>")).doesNotContain("<img");
    }

    @Test
    void nothingWrittenIsNothingShown() {
        assertThat(PhoneLinks.html(null)).isEmpty();
        assertThat(PhoneLinks.html("")).isEmpty();
    }

    @Test
    void aVeryLongRunOfDigitsIsReadQuickly() {
        String digits = "1".repeat(5000) + "x";
        assertThat(PhoneLinks.html(digits)).isEqualTo(digits);
    }
}
