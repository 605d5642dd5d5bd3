package org.crosscheck.text.sense;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.dictionary.Dictionary;
import org.junit.jupiter.api.Test;

class ResourceDictionaryFileTest {

    /** Plain words, inflections read through exceptions and suffixes, phrases, unknown strings. */
    private static final List<String> WORDS = List.of("chief", "head", "spokesmen", "rose", "fell", "went", "deemed",
            "complicated", "Netherlands", "Dutch", "GOP", "hedge funds", "clifftop", "smartphones", "better",
            "treasurer", "back", "address", "quickly", "zzxq", "Q3", "the case for reform", "forced to");

    @Test
    void looksUpTheSameSensesAndLinksAsExtJwnlsOwnResourceReader() throws Exception {
        Dictionary reference = Dictionary.getDefaultResourceInstance();
        synchronized (WordNet.LOCK) {
            assertThat(describe(WordNet.dictionary())).isEqualTo(describe(reference));
        }
    }

    private static List<String> describe(Dictionary d) throws Exception {
        List<String> out = new ArrayList<>();
        for (String word : WORDS) {
            for (POS pos : POS.getAllPOS()) {
                out.add(pos + " " + word + " bases " + d.getMorphologicalProcessor().lookupAllBaseForms(pos, word.toLowerCase()));
                IndexWord w = d.lookupIndexWord(pos, word);
                if (w == null) {
                    out.add(pos + " " + word + " -");
                    continue;
                }
                for (Synset s : w.getSenses()) {
                    StringBuilder line = new StringBuilder(pos + " " + w.getLemma() + " " + s.getOffset() + " " + s.getLexFileName());
                    s.getWords().forEach(x -> line.append(' ').append(x.getLemma()));
                    for (Pointer p : s.getPointers()) {
                        line.append(' ').append(p.getType().getKey()).append('>').append(p.getTargetOffset());
                    }
                    out.add(line.toString());
                }
            }
        }
        return out;
    }
}
