package org.crosscheck.model;

import java.util.function.UnaryOperator;

/**
 * A place where two sources disagree, or where one has a statement the other lacks.
 *
 * <p>The family is sealed: one record per kind, each with its own detector in the diff stage.
 * {@link #type()} gives the name the JSON report contract uses.
 */
public sealed interface Discrepancy {

    /** The severity, summary and both sides. */
    Finding finding();

    /** The contract's name of this kind, e.g. {@code "ATTRIBUTION"}. */
    String type();

    /** This discrepancy with its finding changed. */
    Discrepancy withFinding(UnaryOperator<Finding> change);

    /** Whether this kind contradicts (every kind but omission and addition). */
    default boolean isContradiction() {
        return true;
    }

    /** The same quote or statement is credited to different speakers. */
    record Attribution(Finding finding) implements Discrepancy {
        public String type() { return "ATTRIBUTION"; }
        public Attribution withFinding(UnaryOperator<Finding> change) { return new Attribution(change.apply(finding)); }
    }

    /** Words inside quotation marks differ. */
    record QuoteWording(Finding finding) implements Discrepancy {
        public String type() { return "QUOTE_WORDING"; }
        public QuoteWording withFinding(UnaryOperator<Finding> change) { return new QuoteWording(change.apply(finding)); }
    }

    /** A figure differs in value, not merely in format. */
    record NumberChange(Finding finding) implements Discrepancy {
        public String type() { return "NUMBER"; }
        public NumberChange withFinding(UnaryOperator<Finding> change) { return new NumberChange(change.apply(finding)); }
    }

    /** A person, place, organisation or title differs. */
    record EntityChange(Finding finding) implements Discrepancy {
        public String type() { return "ENTITY"; }
        public EntityChange withFinding(UnaryOperator<Finding> change) { return new EntityChange(change.apply(finding)); }
    }

    /** One side states the opposite of the other. */
    record Negation(Finding finding) implements Discrepancy {
        public String type() { return "NEGATION"; }
        public Negation withFinding(UnaryOperator<Finding> change) { return new Negation(change.apply(finding)); }
    }

    /** A date, day or time differs. */
    record DateChange(Finding finding) implements Discrepancy {
        public String type() { return "DATE"; }
        public DateChange withFinding(UnaryOperator<Finding> change) { return new DateChange(change.apply(finding)); }
    }

    /** A statement of the left source has no counterpart in the right. Informational. */
    record Omission(Finding finding) implements Discrepancy {
        public String type() { return "OMISSION"; }
        public Omission withFinding(UnaryOperator<Finding> change) { return new Omission(change.apply(finding)); }
        @Override public boolean isContradiction() { return false; }
    }

    /** A statement of the right source has no counterpart in the left. Informational. */
    record Addition(Finding finding) implements Discrepancy {
        public String type() { return "ADDITION"; }
        public Addition withFinding(UnaryOperator<Finding> change) { return new Addition(change.apply(finding)); }
        @Override public boolean isContradiction() { return false; }
    }
}
