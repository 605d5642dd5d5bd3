package org.crosscheck.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NegationDetectorTest extends DetectorContract {

    private final NegationDetector detector = new NegationDetector();

    @Override
    Detector detector() {
        return detector;
    }

    @Override
    long seed() {
        return 105L;
    }

    @Test
    void reportsAStatementTurnedIntoItsDenial() {
        Comparison c = Pairs.ofLines("The minister said the government would raise fuel duty in the spring budget.",
                "The minister said the government would not raise fuel duty in the spring budget.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'would raise' 'would not raise'");
    }

    @Test
    void reportsADenialTurnedIntoAStatement() {
        Comparison c = Pairs.ofLines("The club said the manager had not been sacked after the defeat.",
                "The club said the manager had been sacked after the defeat.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'had not been sacked' 'had been sacked'");
    }

    @Test
    void readsATermInQuotationMarksThatIsTooShortToBeAQuote() {
        Comparison c = Pairs.ofLines("Officials carried out a \"controlled burn\" of the chemical after the train derailed.",
                "Officials carried out an \"uncontrolled burn\" of the chemical after the train derailed.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'controlled' 'uncontrolled'");
    }

    @Test
    void reportsAnEffortToSpurAnIndustryTurnedIntoOneToSlowItDown() {
        Comparison c = Pairs.ofLines("The plan sets out how the money will be used to spur the semiconductor industry.",
                "The plan sets out how the money will be used to slow down the semiconductor industry.");
        assertThat(Pairs.describe(detector.detect(c))).containsExactly("NEGATION HIGH 2 2 'spur' 'slow down'");
    }

    @Test
    void staysQuietWhenNotUntilMovesATimeRatherThanDenyingTheEvent() {
        Pairs.assertQuiet(detector, "The bank said it expected inflation to return to its target in early 2026.",
                "The bank said inflation is not expected to return to its target until early 2026.");
    }

    @Test
    void reportsNotUntilAgainstTheSameSentenceWithoutTheNegation() {
        Comparison c = Pairs.ofLines("Bird flu was not deemed to be a threat to humans until 1997, after an outbreak.",
                "Bird flu was deemed to be a threat to humans until 1997, after an outbreak.");
        assertThat(Pairs.describe(detector.detect(c))).hasSize(1);
    }
}
