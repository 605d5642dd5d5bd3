#!/usr/bin/env python3
"""Speaker-attribution accuracy of `crosscheck attributions` on PolNeAR (train or dev only).

PolNeAR (github.com/networkdynamics/PolNeAR) annotates attribution relations in ~1,000 US
political news articles as brat standoff: data/<split>/text/<article>.txt holds the raw UTF-8
text, data/<split>/attributions/<article>_<annotator>.ann the spans, whose offsets are Unicode
code points (Python str indices) into that text; data/<split>/corenlp/<article>.txt.xml holds
automatic CoreNLP output, including dcoref chains. The data is not part of this repository:
fetch it yourself and pass its path. The test split is refused on purpose.

Usage:
    scripts/eval-polnear.py POLNEAR_DIR {train,dev} --jar target/crosscheck.jar [--limit N]
                            [--details OUT.tsv] [--keep-tmp]

POLNEAR_DIR may be the checkout (with data/<split>) or the data dir (with <split>).

What is compared (all rules are deterministic and use the standard library only):

* Articles. Every text/<article>.txt of the split; with --limit N, N articles spread evenly
  over the name-sorted list (names start with the publisher, so a prefix would be one publisher).
  An article annotated by several annotators uses the .ann of the alphabetically first one.
  The .txt files are copied byte for byte into a temp dir, so code-point offsets agree with the
  annotations, and the attributions command runs once over all of them (one JVM).

* Gold attributions. Each brat event (Attribution or Attribution-no-source) with at least one
  Content span; all its Content spans together are the content, its Source spans the source.

* Direct quotes (the denominator). A gold attribution is a DIRECT quote when its content,
  stripped of surrounding white space and of trailing punctuation . , ; : ! ? ) and dashes,
  begins with an opening quotation mark (" “ „ « ‘) or ends with a closing one (" ” » ’;
  ’ only when the content also holds a ‘). "full" = both, "partial" = only one of the two
  (e.g. that the plan was “a disaster.”).  Gold contents with quotation marks only inside
  (embedded/scare quotes) are not direct; predictions that land in them are reported apart.

* Matching. A predicted quote [begin, end) matches the gold attribution whose content shares
  the most code points with it, when that shared part is >= 50% of the predicted quote or
  >= 50% of the gold content. A gold quote is FOUND when some prediction matches it; its
  speaker verdict uses the prediction with the largest overlap (prediction-level figures are
  printed too).

* Gold source classes. "none": no Source span (Attribution-no-source). "pronoun": the whole
  source is a pronoun (he, she, they, I, we, who, ...). "named": the source holds a capitalised
  word that is not a determiner/title/function word, and either its last word is capitalised
  or it has a comma (appositive: "Kellyanne Conway, Trump's campaign manager"). "nominal":
  anything else ("the spokesman", "the Clinton campaign", "Trump's aides").

* Gold name. For a named source: the last run of capitalised words, titles (Mr., Sen.,
  President, ...) and suffixes (Jr., III) removed, possessive 's dropped. For pronoun and
  nominal sources: the CoreNLP dcoref chain of the mention that covers the source (head
  token inside the source preferred) is read; among its mentions that are themselves "named"
  and whose head CoreNLP tags PERSON (ORGANIZATION when no PERSON), the most frequent surname wins and its longest mention is the gold name. A relative "who"/
  "which"/"that" with no chain takes the last capitalised run in the clause just before it
  ("Trump, who said ..."). NOTE: CoreNLP coreference is automatic, not gold; figures for
  resolved pronoun/nominal sources are therefore approximate. Sources that resolve to no
  name are UNSCORABLE (reported apart, left out of the accuracy).

* Speaker verdict. CORRECT when, case-insensitively, the predicted name and the gold name
  have the same surname (last token) and no conflicting given name (both have one and they
  differ, an initial counting as equal to a name with that letter), or when one name's
  tokens are a contiguous part of the other's ("Hillary" vs "Hillary Clinton").
  UNKNOWN when the predicted speaker is null. WRONG otherwise.

Reported: gold direct quotes, found (recall), speaker accuracy (correct / scorable found),
the same as correct / all found, unknown rate (null speaker / found), accuracy at
confidence >= 0.7, and breakdowns by source class and full/partial quote; then one summary
line, "polnear <split>: quotes=N found=F speaker_accuracy=A unknown=U confident_accuracy=C
(confident=K)".
"""

import argparse
import collections
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

OPEN_QUOTES = '"“„«‘‟'
CLOSE_QUOTES = '"”»’'
TRAIL_PUNCT = ' \t\r\n.,;:!?)—–-'

PRONOUNS = {
    'he', 'she', 'they', 'i', 'we', 'you', 'it', 'him', 'her', 'them', 'me', 'us',
    'his', 'hers', 'its', 'their', 'theirs', 'our', 'my', 'your', 'himself', 'herself',
    'themselves', 'itself', 'who', 'which', 'that', 'whom', 'whose', 'one', 'this',
    'these', 'those', 'someone', 'somebody', 'everyone', 'anyone', 'some', 'others', 'many',
}
RELATIVES = {'who', 'which', 'that', 'whom'}

TITLES = {
    'mr', 'mrs', 'ms', 'miss', 'dr', 'sen', 'senator', 'rep', 'representative', 'gov',
    'governor', 'president', 'pres', 'vice', 'secretary', 'sec', 'gen', 'general', 'lt',
    'col', 'capt', 'sgt', 'adm', 'judge', 'justice', 'speaker', 'mayor', 'rev', 'reverend',
    'prof', 'professor', 'sir', 'lady', 'lord', 'pope', 'chairman', 'chairwoman', 'chair',
    'former', 'candidate', 'nominee', 'attorney', 'first', 'leader', 'majority', 'minority',
    'democratic', 'republican', 'gop', 'u.s.', 'us', 'state', 'house', 'senate', 'hon',
    'ambassador', 'chief', 'presumptive', 'presidential', 'democrat',
}
SUFFIXES = {'jr', 'sr', 'ii', 'iii', 'iv', 'phd', 'md', 'esq'}
# capitalised words that do not make a source "named"
CAP_STOP = {
    'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that',
    'these', 'those', 'some', 'many', 'most', 'one', 'two', 'three', 'other', 'others',
    'both', 'several', 'all', 'each', 'every', 'another', 'few', 'such', 'and', 'but', 'or',
    'in', 'on', 'at', 'of', 'for', 'by', 'with', 'as', 'to', 'from', 'if', 'when', 'while',
    'he', 'she', 'they', 'i', 'we', 'you', 'it', 'who', 'which', 'there', 'here', 'then',
    'according', 'also', 'even', 'still', 'now', 'yet', 'so', 'not', 'no',
}
PARTICLES = {'de', 'del', 'la', 'van', 'von', 'der', 'da', 'di', 'le', 'bin', 'al', 'st.'}


# ---------------------------------------------------------------- data loading

def find_split_dir(root, split):
    for cand in (os.path.join(root, 'data', split), os.path.join(root, split), root):
        if os.path.isdir(os.path.join(cand, 'text')) and os.path.isdir(os.path.join(cand, 'attributions')):
            if os.path.basename(os.path.normpath(cand)) == 'test':
                break
            return cand
    sys.exit('no %s split (text/ and attributions/) under %s' % (split, root))


def parse_ann(path):
    """brat standoff -> list of dicts {kind, content, source, cue} (lists of (b, e) segments)."""
    tspans, events = {}, []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            m = re.match(r'^(T\d+)\t(\S+) ([\d ;]+)\t', line)
            if m:
                segs = [tuple(int(x) for x in s.split()) for s in m.group(3).split(';')]
                tspans[m.group(1)] = (m.group(2), segs)
                continue
            m = re.match(r'^(E\d+)\t(.*)$', line)
            if m:
                roles = collections.defaultdict(list)
                kind = None
                for i, part in enumerate(m.group(2).split()):
                    if ':' not in part:
                        continue
                    role, tid = part.split(':', 1)
                    if i == 0:
                        kind = role
                    else:
                        roles[re.sub(r'\d+$', '', role)].append(tid)
                events.append((kind, roles))
            # other lines: AnnotatorNotes, or continuations of a span text with a newline
    out = []
    for kind, roles in events:
        def segs_of(role):
            s = []
            for tid in roles.get(role, []):
                if tid in tspans:
                    s.extend(tspans[tid][1])
            return sorted(s)
        content = segs_of('Content')
        if not content:
            continue
        out.append({'kind': kind, 'content': content, 'source': segs_of('Source'), 'cue': segs_of('Cue')})
    return out


def seg_text(text, segs):
    return ' '.join(text[b:e] for b, e in segs)


def seg_len(segs):
    return sum(e - b for b, e in segs)


def overlap(b, e, segs):
    return sum(max(0, min(e, sb) - max(b, sa)) for sa, sb in segs)


# ---------------------------------------------------------------- classification

def direct_kind(content_text):
    s = content_text.strip()
    s_end = s.rstrip(TRAIL_PUNCT)
    if not s:
        return None
    starts = s[0] in OPEN_QUOTES
    last = s_end[-1:] if s_end else ''
    ends = last in CLOSE_QUOTES and (last != '’' or '‘' in s)
    if starts and ends:
        return 'full'
    if starts or ends:
        return 'partial'
    return None


WORD_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w.'’\-]*")


def words(s):
    return WORD_RE.findall(s)


def strip_poss(w):
    return re.sub(r"(['’]s|['’])$", '', w).rstrip('.') if not re.fullmatch(r'[A-Z]\.', w) else w


def is_cap(w):
    return w[:1].isupper()


def source_class(src):
    if not src.strip():
        return 'none'
    ws = words(src)
    low = ' '.join(w.lower().strip(".'’") for w in ws)
    if low in PRONOUNS:
        return 'pronoun'
    caps = [w for w in ws if is_cap(w) and strip_poss(w).lower() not in CAP_STOP
            and strip_poss(w).lower() not in TITLES]
    if caps and ws and (is_cap(ws[-1]) or ',' in src):
        return 'named'
    return 'nominal'


MODIFIER_PREPS = {'of', 'from', 'in', 'at', 'for', 'with', 'on', 'to', 'by'}


def name_runs(s, with_modifiers=False):
    """Runs of capitalised words (with particles and initials) in s, titles removed.

    Parenthesised parts ("(R-Ind.)") are dropped; a run right after of/from/in/at/... ("of New
    York", "of the Sierra Club") is a modifier and is returned only when nothing else is found
    or with_modifiers is set."""
    s = re.sub(r'\([^)]*\)?', ' , ', s)
    runs, cur = [], []
    mod_runs = set()
    prev = None
    after_prep = False
    for w in re.findall(r"[\w.'’\-]+|[,;:()\"“”]", s):
        core = strip_poss(w)
        lw = core.lower().rstrip('.')
        if not cur:
            starts_after_prep = after_prep
        if lw in MODIFIER_PREPS:
            after_prep = True
        elif not (lw in ('the', 'a', 'an') or (core and is_cap(core))):
            after_prep = False
        if core and is_cap(core) and lw not in CAP_STOP:
            if not cur and starts_after_prep:
                mod_runs.add(len(runs))
            if lw in TITLES or lw.rstrip('.') in TITLES:
                if cur:
                    runs.append(cur)
                cur = []
                continue
            cur.append(core)
            if core != w.rstrip('.') and not re.fullmatch(r'[A-Z]\.', w):  # possessive ends the run
                runs.append(cur)
                cur = []
        elif cur and lw in PARTICLES:
            cur.append(core)
        else:
            if cur:
                runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    out, mods = [], []
    for i, r in enumerate(runs):
        while r and r[-1].lower() in PARTICLES:
            r = r[:-1]
        r = [t for t in r if t.lower().rstrip('.') not in SUFFIXES]
        if r:
            (mods if i in mod_runs else out).append(r)
    if with_modifiers or not out:
        return out + mods
    return out


def gold_name_of_named(src):
    runs = name_runs(src)
    if not runs:
        return None
    # appositive "Name, title of Org": the person's run is the first; otherwise the last run
    if ',' in src:
        head = src.split(',')[0]
        hr = name_runs(head)
        if hr and source_class(head) == 'named':
            return ' '.join(hr[-1])
    return ' '.join(runs[-1])


def norm_tokens(name):
    toks = [strip_poss(t).lower().rstrip('.') for t in re.findall(r"[\w.'’\-]+", name or '')]
    toks = [t for t in toks if t and t not in TITLES and t not in SUFFIXES]
    return toks


def names_match(pred, gold):
    p, g = norm_tokens(pred), norm_tokens(gold)
    if not p or not g:
        return False
    for a, b in ((p, g), (g, p)):
        n = len(a)
        for i in range(len(b) - n + 1):
            if b[i:i + n] == a:
                return True
    if p[-1] != g[-1]:
        return False
    if len(p) > 1 and len(g) > 1:
        pf, gf = p[0], g[0]
        if pf != gf and not (len(pf) == 1 and gf.startswith(pf)) and not (len(gf) == 1 and pf.startswith(gf)):
            return False
    return True


def surname(name):
    t = norm_tokens(name)
    return t[-1] if t else None


# ---------------------------------------------------------------- CoreNLP coreference

class Coref:
    def __init__(self, xml_path, text):
        self.ok = False
        self.mentions = []  # (chain_id, b, e, head_b, head_e)
        if not os.path.exists(xml_path):
            return
        # CoreNLP offsets are Java char (UTF-16) indices: map them to code points
        u16_to_cp = None
        if any(ord(c) > 0xFFFF for c in text):
            u16_to_cp, i16 = {}, 0
            for i, c in enumerate(text):
                u16_to_cp[i16] = i
                i16 += 2 if ord(c) > 0xFFFF else 1
            u16_to_cp[i16] = len(text)
        conv = (lambda x: u16_to_cp.get(x, x)) if u16_to_cp else (lambda x: x)
        try:
            root = ET.parse(xml_path).getroot()
        except ET.ParseError:
            return
        doc = root.find('document')
        toks = {}
        bad = total = 0
        for sent in doc.find('sentences'):
            sid = int(sent.get('id'))
            for tok in sent.find('tokens'):
                b = conv(int(tok.findtext('CharacterOffsetBegin')))
                e = conv(int(tok.findtext('CharacterOffsetEnd')))
                toks[(sid, int(tok.get('id')))] = (b, e, tok.findtext('NER') or 'O')
                total += 1
                w = tok.findtext('word')
                if text[b:e] != w and len(w) == e - b and w.isalnum():
                    bad += 1
        if total == 0 or bad > 0.05 * total:
            return
        chains = doc.find('coreference')
        if chains is None:
            self.ok = True
            return
        for ci, chain in enumerate(chains):
            for m in chain.findall('mention'):
                s = int(m.findtext('sentence'))
                st, en, hd = int(m.findtext('start')), int(m.findtext('end')), int(m.findtext('head'))
                try:
                    b = toks[(s, st)][0]
                    e = toks[(s, en - 1)][1]
                    hb, he, ner = toks[(s, hd)]
                except KeyError:
                    continue
                self.mentions.append((ci, b, e, hb, he, ner))
        self.ok = True

    def chain_for(self, segs):
        best = None
        for ci, b, e, hb, he, _ in self.mentions:
            head_in = any(sa <= hb and he <= sb for sa, sb in segs)
            ov = overlap(b, e, segs)
            if ov <= 0:
                continue
            key = (head_in, -(e - b) if head_in else ov)
            if best is None or key > best[0]:
                best = (key, ci)
        return None if best is None else best[1]

    def chain_mentions(self, ci):
        return [(b, e, ner) for c, b, e, _, _, ner in self.mentions if c == ci]


def resolve_name(text, segs, coref):
    """Gold name for a pronoun/nominal source through coref (or the relative-pronoun rule)."""
    if coref is not None and coref.ok:
        ci = coref.chain_for(segs)
        if ci is not None:
            # named mentions of the chain whose head CoreNLP tags PERSON (else ORGANIZATION)
            named = []
            for want in ('PERSON', 'ORGANIZATION'):
                for b, e, ner in coref.chain_mentions(ci):
                    t = text[b:e]
                    if ner == want and source_class(t) == 'named':
                        g = gold_name_of_named(t)
                        if g:
                            named.append(g)
                if named:
                    break
            if named:
                cnt = collections.Counter(surname(n) for n in named)
                top = cnt.most_common(1)[0][0]
                return max((n for n in named if surname(n) == top), key=len), 'coref'
    src = seg_text(text, segs).strip().lower()
    if src in RELATIVES:
        b = segs[0][0]
        before = text[max(0, b - 120):b]
        clause = re.split(r'[.;:!?\n]', before)[-1]
        runs = name_runs(clause)
        if runs:
            return ' '.join(runs[-1]), 'relative'
    return None, None


# ---------------------------------------------------------------- main

def pct(a, b):
    return '%.3f' % (a / b) if b else 'n/a'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('polnear', help='PolNeAR checkout or its data dir')
    ap.add_argument('split', choices=['train', 'dev'])
    ap.add_argument('--jar', default='target/crosscheck.jar')
    ap.add_argument('--limit', type=int, default=None, help='at most N articles (spread evenly)')
    ap.add_argument('--java', default='java')
    ap.add_argument('--details', help='write one TSV row per gold quote / prediction here')
    ap.add_argument('--keep-tmp', action='store_true')
    args = ap.parse_args()

    sdir = find_split_dir(args.polnear, args.split)
    names = sorted(f[:-4] for f in os.listdir(os.path.join(sdir, 'text')) if f.endswith('.txt'))
    anns = collections.defaultdict(list)
    for f in os.listdir(os.path.join(sdir, 'attributions')):
        if f.endswith('.ann'):
            anns[f[:-4].rsplit('_', 1)[0]].append(f)
    names = [n for n in names if anns.get(n)]
    if args.limit is not None and args.limit < len(names):
        k = max(args.limit, 0)
        names = [names[(i * len(names)) // k] for i in range(k)] if k else []
    if not names:
        sys.exit('no articles')

    tmp = tempfile.mkdtemp(prefix='polnear-eval-')
    try:
        texts, gold = {}, {}
        paths = []
        for n in names:
            src = os.path.join(sdir, 'text', n + '.txt')
            dst = os.path.join(tmp, n + '.txt')
            shutil.copyfile(src, dst)
            paths.append(dst)
            with open(src, 'rb') as f:
                texts[n] = f.read().decode('utf-8')
            gold[n] = parse_ann(os.path.join(sdir, 'attributions', sorted(anns[n])[0]))
        out = os.path.join(tmp, 'out.jsonl')
        cmd = [args.java, '-jar', args.jar, 'attributions'] + paths + ['--jsonl', out]
        r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if r.returncode not in (0, 1) or not os.path.exists(out):
            sys.stderr.write(r.stdout + r.stderr)
            sys.exit('attributions command failed with exit code %d' % r.returncode)
        preds = collections.defaultdict(list)
        bad_offsets = 0
        with open(out, encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    p = json.loads(line)
                    preds[p['doc']].append(p)
        unknown_docs = set(preds) - set(names)
        if unknown_docs:
            sys.exit('predictions for unknown docs: %s' % sorted(unknown_docs)[:3])
    finally:
        if args.keep_tmp:
            print('temp dir kept: %s' % tmp, file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    C = collections.Counter()
    C_all = collections.Counter()
    by_class = collections.defaultdict(collections.Counter)
    by_kind = collections.defaultdict(collections.Counter)
    rows = []
    n_preds = n_pred_unmatched = 0
    pred_level = collections.Counter()
    for n in names:
        text = texts[n]
        golds = gold[n]
        for g in golds:
            g['text'] = seg_text(text, g['content'])
            g['direct'] = direct_kind(g['text'])
            g['matches'] = []
        for p in preds.get(n, []):
            n_preds += 1
            if text[p['begin']:p['end']] != p['quote_text']:
                bad_offsets += 1
            best, best_ov = None, 0
            for g in golds:
                ov = overlap(p['begin'], p['end'], g['content'])
                if ov > best_ov:
                    best, best_ov = g, ov
            plen = max(1, p['end'] - p['begin'])
            if best is not None and (best_ov >= 0.5 * plen or best_ov >= 0.5 * seg_len(best['content'])):
                best['matches'].append((best_ov, p))
            else:
                n_pred_unmatched += 1
                rows.append(('unmatched_pred', n, p['begin'], '', '', '', p['speaker'] or '', p['confidence'], '',
                             p['quote_text'][:100]))
        coref = None
        for g in golds:
            kind = g['direct']
            if kind is None:
                # "embedded": a gold content with no quotation mark at either end, matched by a
                # prediction that sits between quotation marks inside that content
                inside = [m for m in g['matches']
                          if m[1]['begin'] > 0 and text[m[1]['begin'] - 1] in OPEN_QUOTES
                          and overlap(m[1]['begin'] - 1, m[1]['begin'], g['content']) == 1]
                for _, q in g['matches']:
                    if not any(q is m[1] for m in inside):
                        C['pred_on_nondirect_gold'] += 1
                        rows.append(('nondirect_gold', n, q['begin'], '', seg_text(text, g['source']).strip(), '',
                                     q['speaker'] or '', q['confidence'], '', g['text'][:100]))
                if not inside:
                    continue
                g['matches'] = inside
                kind = 'embedded'
            src_text = seg_text(text, g['source']).replace('\n', ' ').strip()
            cls = source_class(src_text) if g['source'] else 'none'
            gname, how = None, None
            if cls == 'named':
                gname, how = gold_name_of_named(src_text), 'string'
            elif cls in ('pronoun', 'nominal'):
                if coref is None:
                    coref = Coref(os.path.join(sdir, 'corenlp', n + '.txt.xml'), text)
                gname, how = resolve_name(text, g['source'], coref)
            # headline counters see only full/partial quotes; "embedded" ones are counted apart
            counters = [by_kind[kind], C_all]
            if kind != 'embedded':
                counters += [C, by_class[cls]]
            for cnt in counters:
                cnt['quotes'] += 1
            if not g['matches']:
                rows.append(('missed', n, g['content'][0][0], cls, src_text, gname or '', '', '', kind,
                             g['text'][:100]))
                continue
            ov, p = max(g['matches'], key=lambda m: m[0])
            speaker = p['speaker']
            conf = p['confidence'] or 0.0
            if speaker is None:
                verdict = 'unknown'
            elif gname is None:
                verdict = 'unscorable'
            else:
                verdict = 'correct' if names_match(speaker, gname) else 'wrong'
            scorable = gname is not None
            for cnt in counters:
                cnt['found'] += 1
                cnt[verdict] += 1
                if speaker is None:
                    cnt['null'] += 1
                if scorable:
                    cnt['scorable'] += 1
                    if conf >= 0.7:
                        cnt['conf_scorable'] += 1
                        if verdict == 'correct':
                            cnt['conf_correct'] += 1
            if kind != 'embedded':
                for _, q in g['matches']:
                    if gname is not None:
                        pred_level['scorable'] += 1
                        pred_level['correct'] += bool(q['speaker']) and names_match(q['speaker'], gname)
            rows.append((verdict, n, p['begin'], cls + ('/' + how if how and cls != 'named' else ''), src_text,
                         gname or '', speaker or '', conf, kind, p['quote_text'][:100]))

    def line(label, c):
        return ('%-16s quotes=%5d found=%5d (recall %s)  scorable=%5d correct=%5d wrong=%5d unknown=%5d '
                'unscorable=%4d  acc=%s acc_all_found=%s unknown_rate=%s conf>=0.7: %s (n=%d)' % (
                    label, c['quotes'], c['found'], pct(c['found'], c['quotes']), c['scorable'], c['correct'],
                    c['wrong'], c['null'], c['unscorable'], pct(c['correct'], c['scorable']),
                    pct(c['correct'], c['found']), pct(c['null'], c['found']),
                    pct(c['conf_correct'], c['conf_scorable']), c['conf_scorable']))

    print('PolNeAR %s: %d articles, %d predicted quotes (%d match no gold content, %d match a gold '
          'content that is not a direct quote), %d predictions with offsets that do not reproduce quote_text'
          % (args.split, len(names), n_preds, n_pred_unmatched, C['pred_on_nondirect_gold'], bad_offsets))
    print(line('all', C))
    for cls in ('named', 'pronoun', 'nominal', 'none'):
        print(line('source=' + cls, by_class[cls]))
    for k in ('full', 'partial', 'embedded'):
        print(line('quote=' + k, by_kind[k]))
    print(line('all+embedded', C_all))
    print('prediction-level: %d of %d scorable matched predictions correct (%s)' % (
        pred_level['correct'], pred_level['scorable'], pct(pred_level['correct'], pred_level['scorable'])))
    if args.details:
        with open(args.details, 'w', encoding='utf-8') as f:
            f.write('verdict\tdoc\tbegin\tsource_class\tgold_source\tgold_name\tpred_speaker\tconfidence\t'
                    'quote_kind\tquote\n')
            for r in rows:
                f.write('\t'.join(str(x).replace('\t', ' ').replace('\n', ' ') for x in r) + '\n')
    print('polnear %s: quotes=%d found=%d speaker_accuracy=%s unknown=%s confident_accuracy=%s (confident=%d)' % (
        args.split, C['quotes'], C['found'], pct(C['correct'], C['scorable']), pct(C['null'], C['found']),
        pct(C['conf_correct'], C['conf_scorable']), C['conf_scorable']))


if __name__ == '__main__':
    main()
