package org.crosscheck.text.quote;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.crosscheck.text.Token;

/** Builds a {@link PersonIndex} by reading capitalised word runs and the roles around them. */
final class NameScanner {

    /** Lower-case words inside a name: "Annelies van Bergen", "Carys ab Iorwerth", "Juan dela Cruz", "Ahmad ibn Said". */
    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "al", "bin", "binti", "ibn", "bint",
            "da", "di", "du", "la", "le", "dos", "das", "do", "del", "della", "dela", "ab", "ap", "ter", "ten");
    private static final SpeakerWords LEX = SpeakerWords.INSTANCE;

    private record Candidate(List<String> name, SpeakerWords.Gender gender, int offset, String title) { }

    private record PendingRole(List<String> name, String head, Set<String> descriptors, Set<String> nationalities, int offset) { }

    private final String text;
    private final List<Candidate> candidates = new ArrayList<>();
    private final List<PendingRole> roles = new ArrayList<>();
    private final List<Candidate> weak = new ArrayList<>();
    /** Title words standing alone where a speaker's name stands: a surname when a fuller name ends in one. */
    private final Set<String> titleSurnames = new java.util.HashSet<>();
    private final NamePositions positions;

    NameScanner(String text) {
        this.text = text;
        this.positions = NamePositions.of(text);
    }

    PersonIndex scan() {
        SentenceFrame.lines(text).forEach(this::scanLine);
        // "Jon Tester" counts as a name once the article uses "Tester" where a speaker's name stands
        Set<String> surnames = new java.util.HashSet<>();
        candidates.forEach(c -> surnames.add(c.name().get(c.name().size() - 1)));
        surnames.addAll(titleSurnames);
        weak.stream().filter(w -> surnames.contains(w.name().get(w.name().size() - 1))).forEach(candidates::add);
        List<Person> persons = new ArrayList<>();
        // full names first, so that a bare "Mr Peskov" joins the person the article names in full
        candidates.stream().filter(c -> c.name().size() > 1).forEach(c -> group(c, persons));
        candidates.stream().filter(c -> c.name().size() == 1).forEach(c -> group(c, persons));
        PersonIndex partial = new PersonIndex(persons, List.of());
        List<RoleBinding> bindings = new ArrayList<>();
        for (PendingRole r : roles) {
            Person p = partial.find(r.name());
            if (p != null) {
                p.learnGender(LEX.titleGender(r.head()));
                bindings.add(new RoleBinding(p, r.head(), r.descriptors(), r.nationalities(), r.offset()));
            }
        }
        return new PersonIndex(persons, bindings);
    }

    private static void group(Candidate c, List<Person> persons) {
        List<Person> matches = persons.stream().filter(p -> p.matches(c.name())).toList();
        if (matches.size() == 1) {
            matches.get(0).learnName(c.name());
            matches.get(0).learnGender(c.gender());
            matches.get(0).learnTitle(c.title());
        } else if (matches.isEmpty()) {
            Person p = new Person(c.name(), c.gender(), c.offset());
            p.learnTitle(c.title());
            persons.add(p);
        }
    }

    private void scanLine(List<Token> line) {
        // "Brent Bozell III, founder of ...": the generation is no name word, and the name's
        // context is what follows it
        List<Token> tokens = new ArrayList<>(line.size());
        for (int k = 0; k < line.size(); k++) {
            if (k == 0 || !NounPhrases.GENERATIONS.contains(line.get(k).text()) || !line.get(k - 1).isCapitalised()) {
                tokens.add(line.get(k));
            }
        }
        int i = 0;
        while (i < tokens.size()) {
            if (!startsRun(tokens.get(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && !tokens.get(end - 1).possessive() && continuesRun(tokens, end)) {
                end++;
            }
            readRun(tokens, i, end);
            i = end;
        }
    }

    private static boolean startsRun(Token t) {
        return t.isCapitalised() && (!t.isAcronym() || LEX.isHonorific(t.text()));
    }

    /** An honorific or a capitalised role word written before a name: "Mr", "President", "Farmer". */
    static boolean isSeparator(Token t) {
        return LEX.isHonorific(t.text()) || t.isCapitalised() && LEX.isTitle(t.text());
    }

    /**
     * A separator, or a capitalised noun of occupation written before a given name ("Fisherman
     * John Price", "Midwife Ann Lee"): a role word the title list lacks, which the name follows.
     */
    static boolean isSeparatorAt(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (isSeparator(t)) {
            // "Amy Pope said", "Rep. Steve King": a title word right after a given name, ending the
            // run, is the surname
            return !(k > 0 && isGivenName(tokens.get(k - 1))
                    && (k + 1 == tokens.size() || !tokens.get(k + 1).isCapitalised()));
        }
        return t.isCapitalised() && !t.isAcronym() && !t.possessive() && k + 1 < tokens.size() && !LEX.isFirstName(t.text())
                && (LEX.isFirstName(tokens.get(k + 1).text()) || wholeNameAt(tokens, k + 1)
                        && !org.crosscheck.text.sense.WordSenses.shared().canBeAdjective(t.lower()))
                && tokens.get(k + 1).isCapitalised() && org.crosscheck.text.sense.WordSenses.shared().isRoleNoun(t.lower());
    }

    /**
     * Whether two or three capitalised words start at {@code k} and a lower-case word or a mark
     * follows them: a whole name after the role word ("Hydrologist Marcelo Andrade, of ..."), where the given name
     * is one the list lacks, for a word that is never an adjective ("National Prosecuting
     * Authority" opens with an adjective). One capitalised word alone may be the surname of a name
     * the role word begins ("Hunter Biden").
     */
    private static boolean wholeNameAt(List<Token> tokens, int k) {
        int e = k;
        while (e < tokens.size() && e - k < 4 && tokens.get(e).isCapitalised() && !tokens.get(e).isAcronym() && !tokens.get(e).possessive()) {
            e++;
        }
        return e - k >= 2 && e - k <= 3 && (e == tokens.size() || !tokens.get(e).isCapitalised());
    }

    private static boolean continuesRun(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (startsRun(t)) {
            return true;
        }
        if (isMiddleInitial(tokens, k)) {
            return true;
        }
        return isParticle(tokens, k);
    }

    /** Whether token {@code k} is a particle inside a name, before a capitalised word: "van" in "Annelies van Bergen". */
    static boolean isParticle(List<Token> tokens, int k) {
        Token t = tokens.get(k);
        return t.isWord() && PARTICLES.contains(t.text()) && k + 1 < tokens.size() && startsRun(tokens.get(k + 1));
    }

    /** A capital and a full stop, as one token: "F." in "John F. Kerry". */
    static boolean isInitial(Token t) {
        String w = t.text();
        return t.isWord() && w.length() == 2 && Character.isUpperCase(w.charAt(0)) && w.charAt(1) == '.';
    }

    private static boolean isGivenName(Token t) {
        return t.isCapitalised() && !t.possessive() && (LEX.isFirstName(t.text()) || LEX.isListedGivenName(t.text())) && !isSeparator(t);
    }

    /** An initial between a capitalised word and another: "Jill A. Martin", not "U.S." or a sentence's "A." */
    static boolean isMiddleInitial(List<Token> tokens, int k) {
        return k > 0 && k + 1 < tokens.size() && isInitial(tokens.get(k)) && tokens.get(k - 1).isCapitalised()
                && !tokens.get(k - 1).isAcronym() && tokens.get(k + 1).isCapitalised() && !tokens.get(k + 1).isAcronym();
    }

    /**
     * Where the name proper starts in the capitalised run {@code tokens[from,to)}: after leading
     * sentence words and after the last honorific or role word ("Chief Financial Officer Alicia Okonkwo").
     */
    static int nameStart(List<Token> tokens, int from, int to) {
        int s = NameContexts.afterTitleComplement(tokens, from, to);
        while (s < to - 1 && (LEX.isNotName(tokens.get(s).text()) || isNationality(tokens.get(s))) && !isSeparatorAt(tokens, s)) {
            s++;
        }
        for (int k = to - 2; k >= s; k--) {
            if (isSeparatorAt(tokens, k)) {
                return k + 1;
            }
        }
        return s;
    }

    private void readRun(List<Token> tokens, int from, int to) {
        int complement = NameContexts.afterTitleComplement(tokens, from, to);
        if (complement > from) {
            addRole(words(tokens, complement, to), tokens.get(from - 2).lower(), tokens.subList(Math.max(0, from - 4), complement).stream()
                    .filter(t -> t.isWord() && !Set.of("of", "for").contains(t.lower()) && !t.lower().equals(tokens.get(from - 2).lower())).toList(),
                    tokens.get(complement).start());
        }
        int s = complement;
        while (s < to && LEX.isNotName(tokens.get(s).text()) && !isSeparatorAt(tokens, s)) {
            s++;
        }
        int h = -1;
        for (int k = s; k < to; k++) {
            if (isSeparatorAt(tokens, k)) {
                h = k;
            }
        }
        if (h == to - 1) {
            if (h == from && NamePositions.isSpeakerPosition(tokens, from, to)) {
                titleSurnames.add(tokens.get(h).text()); // "King said": maybe the "Billie Jean King" named before
            }
            return;
        }
        int nameStart = h >= 0 ? h + 1 : s;
        // a sentence-opening word the article also writes in lower case ("Now Sembler, who ...")
        // is no given name
        while (h < 0 && to - nameStart >= 2 && tokens.get(nameStart).isWord() && positions.isCommonWord(tokens.get(nameStart).text())
                && !LEX.isFirstName(tokens.get(nameStart).text()) && isSentenceStart(tokens, nameStart)) {
            nameStart++;
        }
        List<String> name = words(tokens, nameStart, to);
        if (name.isEmpty() || name.stream().anyMatch(LEX::isNotName) || NamePositions.isOrganisationWord(name.get(name.size() - 1)) || tokens.subList(nameStart, to).stream().anyMatch(t -> t.isAcronym() && !isInitial(t))) {
            return;
        }
        boolean placed = NamePositions.isSpeakerPosition(tokens, nameStart, to);
        // "Minister of Finance Paola Cevallos": the title and its complement stand where an honorific would
        boolean accepted = h >= 0 || name.size() >= 2 && (LEX.isFirstName(name.get(0)) || placed || complement > from || hasNameContext(tokens, s, to)
                || name.size() <= 3 && LEX.isListedGivenName(name.get(0)) && name.stream().noneMatch(positions::isCommonWord))
                || name.size() == 1 && placed && !positions.isCommonWord(name.get(0));
        if (accepted && h < 0 && !LEX.isFirstName(name.get(0)) && NameContexts.describedAsGroup(tokens, to)) {
            return; // "Aegean Bulk Carriers, the Piraeus company that owns the vessel, said": an organisation
        }
        if (!accepted) {
            if (name.size() >= 2 && name.size() <= 3 && !positions.isCommonWord(name.get(0))) {
                weak.add(new Candidate(name, SpeakerWords.Gender.X, tokens.get(nameStart).start(), null));
            }
            return;
        }
        SpeakerWords.Gender g = h >= 0 ? LEX.honorificGender(tokens.get(h).text()) : SpeakerWords.Gender.X;
        if (g == SpeakerWords.Gender.X && h >= 0) {
            g = LEX.titleGender(tokens.get(h).text());
        }
        if (g == SpeakerWords.Gender.X && name.size() >= 2 && LEX.firstNameGender(name.get(0)) != null) {
            g = LEX.firstNameGender(name.get(0));
        }
        int offset = tokens.get(nameStart).start();
        String title = h >= 0 && name.size() == 1 ? tokens.get(h).text() : null;
        candidates.add(new Candidate(name, g, offset, title));
        if (h >= 0 && !LEX.isCourtesy(tokens.get(h).text())) {
            addRole(name, tokens.get(h).lower().replace(".", ""), tokens.subList(s, h), offset);
        }
        premodifierRole(tokens, s, name, offset);
        heldByAgent(tokens, s, name, offset);
        if (!Appositives.opensMainClause(tokens, s, to)) {
            appositiveAfter(tokens, to, name, offset);
        }
        appositiveBefore(tokens, s, name, offset);
    }

    private boolean isSentenceStart(List<Token> tokens, int k) {
        if (k == 0) {
            return true;
        }
        Token before = tokens.get(k - 1);
        return before.kind() == Token.Kind.QUOTE || before.kind() == Token.Kind.SYMBOL && ".?!".contains(before.text())
                || text.substring(before.end(), tokens.get(k).start()).indexOf('\n') >= 0;
    }

    private static boolean hasNameContext(List<Token> tokens, int from, int to) {
        if (from > 0 && Set.of("of", "at", "from", "for", "with", "by", "in").contains(tokens.get(from - 1).lower())) {
            return false; // "Hannah Doyle, of Western Grid Networks, said": an organisation
        }
        boolean loose = from == 0 || !tokens.get(from - 1).isWord() || isTitleNoun(tokens.get(from - 1));
        if (loose && to < tokens.size() && LEX.isReportingVerb(tokens.get(to).text()) && !tokens.get(to).isCapitalised()) {
            return true; // but not "the charity Silver Years said"
        }
        if (from > 0 && isTitleNoun(tokens.get(from - 1))) {
            return true;
        }
        if (from > 1 && tokens.get(from - 1).isSymbol(",") && isTitleNoun(tokens.get(from - 2))) {
            return true; // "His neighbour, Sian Howells"
        }
        if (to + 1 < tokens.size() && tokens.get(to).isSymbol(",")) {
            Token next = tokens.get(to + 1);
            return isTitleNoun(next) || Set.of("a", "an", "the", "who", "aged").contains(next.text())
                    || Character.isDigit(next.text().charAt(0))
                    || LEX.isReportingVerb(next.text()) && !next.isCapitalised()
                    || next.possessive() && titleWithin(tokens, to + 2) // "Olivier Vandamme, Electrabel's chief operating officer,"
                    || Appositives.afterRole(tokens, to) >= 0; // "Matdos Santos, legal director for the union,"
        }
        return false;
    }

    /** Whether a title noun stands within the three words from {@code from}, with no break before it. */
    private static boolean titleWithin(List<Token> tokens, int from) {
        for (int k = from; k < Math.min(tokens.size(), from + 3) && tokens.get(k).isWord(); k++) {
            if (isTitleNoun(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Putin's spokesman Dmitry Peskov", "city mayor Anatoliy Fedoruk", and before a full name any
     * noun WordNet files under people ("provincial veterinarian Rosario Villanueva").
     */
    private void premodifierRole(List<Token> tokens, int runStart, List<String> name, int offset) {
        if (runStart <= 0) {
            return;
        }
        Token before = tokens.get(runStart - 1);
        boolean occupation = name.size() >= 2 && before.isWord() && !before.isCapitalised() && !before.possessive()
                && org.crosscheck.text.sense.WordSenses.shared().isRoleNoun(before.lower());
        if (!isTitleNoun(before) && !occupation) {
            return;
        }
        int k = runStart - 1;
        int from = k;
        while (from > 0 && k - from < 3 && NameContexts.isDescriptor(tokens.get(from - 1))) {
            from--;
        }
        addRole(name, tokens.get(k).lower(), tokens.subList(from, k), offset);
    }

    /** "Dmitry Peskov, spokesman for President Vladimir Putin, said". */
    private void appositiveAfter(List<Token> tokens, int runEnd, List<String> name, int offset) {
        if (runEnd >= tokens.size() || !tokens.get(runEnd).isSymbol(",")) {
            return;
        }
        if (runEnd + 1 < tokens.size() && tokens.get(runEnd + 1).lower().equals("whose")) {
            return; // "X, whose grandfather founded the firm,": the role is another person's
        }
        int e = runEnd + 1;
        while (e < tokens.size() && (tokens.get(e).isWord() || isApostrophe(tokens.get(e)))) {
            e++;
        }
        List<Token> segment = tokens.subList(runEnd + 1, e);
        if (!heldByVerb(segment, name, offset)) {
            roleInSegment(segment, name, offset);
        }
    }

    /**
     * "X, who heads civil defence in the region": the person the verb makes of its subject
     * ({@link org.crosscheck.text.sense.AgentNouns}: "head") is X's role, with the words after
     * the verb as what it is of.
     */
    private boolean heldByVerb(List<Token> segment, List<String> name, int offset) {
        if (segment.size() < 3 || !segment.get(0).lower().equals("who")) {
            return false;
        }
        String verb = segment.get(1).lower();
        // the present tense holds an office ("who heads", "who chairs"); the past tells of an act ("who led negotiations")
        if (!verb.endsWith("s") || verb.endsWith("ss") || LEX.isReportingVerb(verb)) {
            return false;
        }
        String agent = org.crosscheck.text.sense.AgentNouns.shared().of(verb);
        if (agent.isEmpty() || agent.contains(" ")) {
            return false;
        }
        addRole(name, agent, segment.subList(2, segment.size()), offset);
        return true;
    }

    /** How many words before "led by" may name what the person leads. */
    private static final int LED_WORDS = 5;

    /**
     * "Industry body ACESOL, led by Paula Ibanez, said": the person a passive verb's agent is
     * ({@link org.crosscheck.text.sense.AgentNouns}: who leads a body is its "leader", who heads it
     * its "head", who chairs it its "chair") is the role, with the words before the verb, back to
     * the last comma, as what it is of; a later "the association chief said" can find her.
     */
    private void heldByAgent(List<Token> tokens, int runStart, List<String> name, int offset) {
        if (runStart < 2 || !tokens.get(runStart - 1).isWord() || !tokens.get(runStart - 1).lower().equals("by")) {
            return;
        }
        Token verb = tokens.get(runStart - 2);
        String base = verb.isWord() ? org.crosscheck.text.sense.WordSenses.shared().verbBase(verb.lower()) : null;
        if (base == null || base.equals(verb.lower()) || LEX.isReportingVerb(verb.text())) {
            return; // a past form only: "led by", "headed by", not "said by"
        }
        String agent = org.crosscheck.text.sense.AgentNouns.shared().of(verb.lower());
        if (agent.isEmpty() || agent.contains(" ")) {
            return;
        }
        int b = runStart - 2;
        while (b > 0 && runStart - 2 - b < LED_WORDS && (tokens.get(b - 1).isWord() || isApostrophe(tokens.get(b - 1)))) {
            b--;
        }
        addRole(name, agent, tokens.subList(b, runStart - 2), offset);
    }

    /** "The mayor of Bucha, Anatoliy Fedoruk, said", "according to the returning officer, Karen Lyle". */
    private void appositiveBefore(List<Token> tokens, int runStart, List<String> name, int offset) {
        if (runStart < 2 || !tokens.get(runStart - 1).isSymbol(",")) {
            return;
        }
        int b = runStart - 1;
        while (b > 0 && (tokens.get(b - 1).isWord() || isApostrophe(tokens.get(b - 1)))) {
            b--;
        }
        boolean opensPhrase = b == 0 || !tokens.get(b - 1).isSymbol(",");
        int title = -1;
        for (int k = b; k < runStart - 1; k++) {
            // "The principal, Máire Geraghty,": a role noun WordNet knows, after "the" or a possessive
            boolean roleAfterDeterminer = k > b && (DETERMINERS.contains(tokens.get(k - 1).lower()) || tokens.get(k - 1).possessive())
                    && tokens.get(k).isWord() && !tokens.get(k).isCapitalised() && k + 1 == runStart - 1
                    && org.crosscheck.text.sense.WordSenses.shared().isRoleNoun(tokens.get(k).lower());
            if (isTitleNoun(tokens.get(k)) || roleAfterDeterminer) {
                title = k;
                break;
            }
        }
        if (title < 0) {
            return;
        }
        int d = title;
        while (d > b && title - d < 4 && !DETERMINERS.contains(tokens.get(d).lower()) && !tokens.get(d).possessive()) {
            d--;
        }
        boolean anchored = DETERMINERS.contains(tokens.get(d).lower()) || tokens.get(d).possessive();
        if (anchored || opensPhrase && d == b) {
            roleInSegment(tokens.subList(d, runStart - 1), name, offset, anchored);
        }
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our");

    private static boolean isApostrophe(Token t) {
        return t.isSymbol("'") || t.isSymbol("\u2019");
    }

    private void roleInSegment(List<Token> segment, List<String> name, int offset) {
        roleInSegment(segment, name, offset, false);
    }

    /** Within how many words of its comma a role's title stands, and how far a plain noun phrase may carry it. */
    private static final int ROLE_WITHIN = 4;
    private static final int ROLE_REACH = 6;

    /**
     * Whether the words before {@code k} are one noun phrase, a determiner and plain modifiers
     * ("the regional environmental protection inspector"): only then does a title stand beyond
     * {@value #ROLE_WITHIN} words of its comma.
     */
    private static boolean oneNounPhrase(List<Token> segment, int k) {
        for (int j = 0; j < k; j++) {
            Token w = segment.get(j);
            boolean opener = j == 0 && (DETERMINERS.contains(w.lower()) || w.possessive());
            if (!w.isWord() || !opener && (NounPhrases.FUNCTION.contains(w.lower()) || w.possessive() || LEX.isReportingVerb(w.text()))) {
                return false;
            }
        }
        return true;
    }

    /** With {@code roleNouns}, a role noun WordNet knows ends the segment's role as a title would ("the principal"). */
    private void roleInSegment(List<Token> segment, List<String> name, int offset, boolean roleNouns) {
        for (int k = 0; k < Math.min(ROLE_REACH, segment.size()); k++) {
            Token t = segment.get(k);
            if (LEX.isReportingVerb(t.text())) {
                return;
            }
            if (k >= ROLE_WITHIN && !oneNounPhrase(segment, k)) {
                return;
            }
            boolean roleNoun = roleNouns && k == segment.size() - 1 && t.isWord() && !t.isCapitalised()
                    && org.crosscheck.text.sense.WordSenses.shared().isRoleNoun(t.lower());
            if (isTitleNoun(t) || roleNoun) {
                int head = compoundHead(segment, k);
                List<Token> rest = new ArrayList<>(segment);
                rest.remove(head);
                addRole(name, segment.get(head).lower(), rest, offset);
                return;
            }
        }
    }

    /**
     * The head of the compound role that opens at title word {@code k}: its last role word
     * ("chief provincial public health officer" is an officer, "deputy commissioner" a
     * commissioner), the compound ending at the first word that is no plain lower-case noun.
     */
    private static int compoundHead(List<Token> segment, int k) {
        int head = k;
        for (int j = k + 1; j < segment.size(); j++) {
            Token t = segment.get(j);
            if (!t.isWord() || t.isCapitalised() || NounPhrases.FUNCTION.contains(t.lower()) || LEX.isReportingVerb(t.text())) {
                break;
            }
            if (isTitleNoun(t)) {
                head = j;
            }
            if (t.possessive()) {
                break;
            }
        }
        return head;
    }

    private void addRole(List<String> name, String head, List<Token> words, int offset) {
        Set<String> descriptors = new LinkedHashSet<>();
        Set<String> nationalities = new LinkedHashSet<>();
        for (Token w : words) {
            if (NameContexts.isDescriptor(w)) {
                descriptors.add(w.lower());
                if (isNationality(w)) {
                    nationalities.add(w.lower());
                }
            }
        }
        roles.add(new PendingRole(name, head, descriptors, nationalities, offset));
    }

    static boolean isTitleNoun(Token t) {
        return t.isWord() && !t.isCapitalised() && LEX.isTitle(t.text());
    }

    /** "Russian", "French", "Israeli": a capitalised adjective of nationality, judged by its ending. */
    static boolean isNationality(Token t) {
        String w = t.text();
        return t.isCapitalised() && !t.possessive() && w.length() > 3
                && (w.endsWith("an") || w.endsWith("ese") || w.endsWith("ish") || w.endsWith("ch") || w.endsWith("i"));
    }

    private static List<String> words(List<Token> tokens, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int k = from; k < to; k++) {
            out.add(tokens.get(k).text());
        }
        return out;
    }
}
