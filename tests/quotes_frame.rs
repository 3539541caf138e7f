//! The frame of a quotation, row by row: its cue verb and the speaker German word order makes
//! the verb's subject (the finite verb second or first, inversion after an adverbial or an
//! object, subordinate clauses, passives, appositions, "so"- and "hieß es"-frames).
//!
//! Each row is a short text in our own words whose frame a small change to one of the word
//! order conditions in `src/engine/quotes/frame.rs` would get wrong, and the quotations the
//! analysis with the committed model must list: their kind, words, speaker as written and cue.
//! The rows go through the public analysis, not the frame finder's functions, so they hold
//! whatever way the rules come to find the right frame. Rows are grouped by the kind of
//! sentence they pin; a `known` row is a frame still found wrong (see
//! `tests/support/quote_table.rs`).

#[path = "support/quote_table.rs"]
mod quote_table;

use newslens::engine::QuoteKind;
use quote_table::{case, check, cued, known, q, Case};

use QuoteKind::{Direct, Indirect, Reported};

const CASES: &[Case] = &[
    // Inversion: a first phrase that is no subject (adverbial, dative, object) puts the subject after the verb.
    case(
        "an adverbial first, a pronoun after the verb",
        "Im Februar sagte er, die Lage sei ernst.",
        &[cued(Indirect, "die Lage sei ernst", "er", "sagte")],
    ),
    case(
        "a prepositional phrase first, more words after the subject",
        "Nach dem Spiel sagte die Trainerin am Mikrofon: „Wir waren müde.“",
        &[cued(Direct, "„Wir waren müde.“", "die Trainerin", "sagte")],
    ),
    case(
        "an object first, er after the verb, the quote in the next paragraph",
        "Das Angebot der Stadt kennt er genau.\n„Das reicht nicht.“",
        &[q(Direct, "„Das reicht nicht.“", "er")],
    ),
    case(
        "gestern first, a plain noun after the verb",
        "Gestern sagte der Nachbar: „Es war sehr laut.“",
        &[cued(Direct, "„Es war sehr laut.“", "der Nachbar", "sagte")],
    ),
    case(
        "an adverb after a colon, then the verb",
        "Die Nacht war unruhig: Dann sagte der Nachbar: „Ich habe Schüsse gehört.“",
        &[cued(Direct, "„Ich habe Schüsse gehört.“", "der Nachbar", "sagte")],
    ),
    case(
        "a dative first, a plain noun after the verb",
        "Dem Sender sagte der Nachbar: „Es war sehr laut.“",
        &[cued(Direct, "„Es war sehr laut.“", "der Nachbar", "sagte")],
    ),
    case(
        "an indefinite dative first",
        "Einem Reporter sagte ein Passant: „Es war sehr laut.“",
        &[cued(Direct, "„Es war sehr laut.“", "ein Passant", "sagte")],
    ),
    case(
        "der before a woman's role is a dative",
        "Der Präsidentin widersprach der Kapitän: „Das stimmt so nicht.“",
        &[cued(Direct, "„Das stimmt so nicht.“", "der Kapitän", "widersprach")],
    ),
    case(
        "a possessive in the dative first",
        "Seinem Nachfolger sagte der Minister: „Viel Glück.“",
        &[cued(Direct, "„Viel Glück.“", "der Minister", "sagte")],
    ),
    case(
        "a demonstrative in the dative first",
        "Diesem Vorschlag widersprach die Gewerkschaft: „Das ist zu wenig.“",
        &[cued(Direct, "„Das ist zu wenig.“", "die Gewerkschaft", "widersprach")],
    ),
    case(
        "an object that looks nominative, the speaker after the verb",
        "Die Kritik wies die Ministerin zurück: „Das ist falsch.“",
        &[cued(Direct, "„Das ist falsch.“", "die Ministerin", "wies")],
    ),
    case(
        "man after the verb",
        "Im Ministerium sagte man, der Fall werde geprüft.",
        &[cued(Indirect, "der Fall werde geprüft", "man", "sagte")],
    ),
    case(
        "man after the verb, a thing first, an adverb after man",
        "Das Ergebnis kommentierte man knapp: „Wir sind zufrieden.“",
        &[cued(Direct, "„Wir sind zufrieden.“", "man", "kommentierte")],
    ),
    case(
        "man after the verb, a colon frame",
        "Im Ministerium sagte man: „Wir prüfen den Fall.“",
        &[cued(Direct, "„Wir prüfen den Fall.“", "man", "sagte")],
    ),
    case(
        "a name ending in -ig before the colon",
        "Dazu sagte Ludwig: „Wir fangen neu an.“",
        &[cued(Direct, "„Wir fangen neu an.“", "Ludwig", "sagte")],
    ),
    // Subject first: its aside in brackets, focus particle or relative clause stays out of it.
    case(
        "a bracketed aside inside the subject",
        "Der Sprecher der Behörde (Umweltamt) sagte, die Werte seien normal.",
        &[cued(Indirect, "die Werte seien normal", "Der Sprecher der Behörde", "sagte")],
    ),
    case(
        "a place in brackets opens the sentence",
        "(Berlin) Der Minister sagte: „Die Lage ist ernst.“",
        &[cued(Direct, "„Die Lage ist ernst.“", "Der Minister", "sagte")],
    ),
    case(
        "a name with a particle first",
        "Von der Leyen betonte: „Europa hält zusammen.“",
        &[cued(Direct, "„Europa hält zusammen.“", "Von der Leyen", "betonte")],
    ),
    case(
        "auch before a role and name",
        "Auch Ministerin Anna Berg sagte, die Schule bleibe offen.",
        &[cued(Indirect, "die Schule bleibe offen", "Ministerin Anna Berg", "sagte")],
    ),
    case(
        "a relative clause after the subject",
        "Die Ministerin, die seit Mai im Amt ist, sagte: „Wir sparen.“",
        &[cued(Direct, "„Wir sparen.“", "Die Ministerin", "sagte")],
    ),
    case(
        "an object after the verb that looks nominative",
        "Die Ministerin kritisierte die Gewerkschaft: „Das ist zu wenig.“",
        &[cued(Direct, "„Das ist zu wenig.“", "Die Ministerin", "kritisierte")],
    ),
    case(
        "quoted words right after the subject",
        "Ministerin Anna Berg „bedauert den Vorfall sehr“.",
        &[q(Direct, "„bedauert den Vorfall sehr“", "Ministerin Anna Berg")],
    ),
    // Verb first (after a quotation or a reported clause, or opening the text): the subject follows.
    case(
        "the subject ends before a time phrase",
        "„Wir bleiben“, sagte der Trainer am Sonntag.",
        &[cued(Direct, "„Wir bleiben“", "der Trainer", "sagte")],
    ),
    case(
        "an adverb between the verb and its subject",
        "„Wir warten ab“, sagte dazu der Bürgermeister.",
        &[cued(Direct, "„Wir warten ab“", "der Bürgermeister", "sagte")],
    ),
    case(
        "später between the verb and its subject",
        "„Wir warten ab“, sagte später der Bürgermeister.",
        &[cued(Direct, "„Wir warten ab“", "der Bürgermeister", "sagte")],
    ),
    known(
        "four adverbs between the verb and its subject",
        "„Das bleibt so“, sagte dazu später auch noch der Bürgermeister.",
        &[cued(Direct, "„Das bleibt so“", "der Bürgermeister", "sagte")],
    ),
    case(
        "a reported clause, then the verb, the subject and a time phrase",
        "Das sei ein Fehler, sagte die Trainerin nach dem Spiel.",
        &[cued(Indirect, "Das sei ein Fehler", "die Trainerin", "sagte")],
    ),
    known(
        "a frame set between commas inside the reported clause",
        "Die Preise der Stadtwerke, sagte der Minister am Montag, seien zu hoch.",
        &[cued(Indirect, "seien zu hoch", "der Minister", "sagte")],
    ),
    case(
        "a cue verb opens the text",
        "Sagt der Trainer: „Wir geben nicht auf.“",
        &[cued(Direct, "„Wir geben nicht auf.“", "der Trainer", "Sagt")],
    ),
    case(
        "a demonstrative as the subject",
        "„Wir bleiben“, sagte dieser.",
        &[cued(Direct, "„Wir bleiben“", "dieser", "sagte")],
    ),
    case(
        "a paper named in quotation marks after its noun",
        "„Das ist ein Skandal“, schreibt die Wochenzeitung „Nordsee Kurier“.",
        &[cued(Direct, "„Das ist ein Skandal“", "die Wochenzeitung „Nordsee Kurier“", "schreibt")],
    ),
    case(
        "a role, a quoted organisation, then the name",
        "„Wir bleiben“, sagte die Sprecherin der Initiative „Grüne Stadt“ Anna Berg.",
        &[cued(Direct, "„Wir bleiben“", "die Sprecherin der Initiative „Grüne Stadt“ Anna Berg", "sagte")],
    ),
    known(
        "a genitive with a number belongs to the speaker",
        "„Wir klagen“, sagten die Vertreter der 12 Gemeinden.",
        &[cued(Direct, "„Wir klagen“", "die Vertreter der 12 Gemeinden", "sagten")],
    ),
    known(
        "a genitive with an adjective belongs to the speaker",
        "„Wir bleiben“, sagte der Sprecher der örtlichen Polizei.",
        &[cued(Direct, "„Wir bleiben“", "der Sprecher der örtlichen Polizei", "sagte")],
    ),
    // Comma or question mark inside the closing mark: the frame follows the mark without a comma of its own.
    case(
        "a question mark inside the marks",
        "„Wo bleibt er?“ fragte sie.",
        &[cued(Direct, "„Wo bleibt er?“", "sie", "fragte")],
    ),
    case(
        "a comma inside the marks",
        "„Das ist falsch,“ sagte der Minister.",
        &[cued(Direct, "„Das ist falsch,“", "der Minister", "sagte")],
    ),
    // An unlisted verb after the quotation frames it only when what follows can speak.
    case(
        "zeigte sich with an article and a role",
        "„Das war ein harter Kampf“, zeigte sich der Trainer erleichtert.",
        &[cued(Direct, "„Das war ein harter Kampf“", "der Trainer", "zeigte")],
    ),
    case(
        "zeigte sich with a role and a genitive that cannot speak",
        "„Das war knapp“, zeigte sich der Trainer des Jahres erleichtert.",
        &[cued(Direct, "„Das war knapp“", "der Trainer des Jahres", "zeigte")],
    ),
    case(
        "zeigte sich with a name the tagger does not know",
        "„Wir bleiben“, zeigte sich Wurzelbacher zufrieden.",
        &[cued(Direct, "„Wir bleiben“", "Wurzelbacher", "zeigte")],
    ),
    case(
        "zeigte er sich",
        "„Das war knapp“, zeigte er sich erleichtert.",
        &[cued(Direct, "„Das war knapp“", "er", "zeigte")],
    ),
    // Separable verbs and participles: the finite part or the auxiliary holds the verb-second place.
    case(
        "a separable verb after the reported clause",
        "Die Lage sei ruhig, teilte die Polizei mit.",
        &[cued(Indirect, "Die Lage sei ruhig", "die Polizei", "teilte")],
    ),
    case(
        "räumte … ein after the reported clause",
        "Der Plan sei gescheitert, räumte der Minister ein.",
        &[cued(Indirect, "Der Plan sei gescheitert", "der Minister", "räumte")],
    ),
    case(
        "hat, then the participle, the subject first",
        "Die Ministerin hat betont, die Schule bleibe offen.",
        &[cued(Indirect, "die Schule bleibe offen", "Die Ministerin", "betont")],
    ),
    case(
        "a participle opens the sentence",
        "Eingeräumt hat der Minister, der Plan sei gescheitert.",
        &[cued(Indirect, "der Plan sei gescheitert", "der Minister", "Eingeräumt")],
    ),
    case(
        "hatte after the quotation, the participle last",
        "„Der Plan ist gescheitert“, hatte der Minister gesagt.",
        &[cued(Direct, "„Der Plan ist gescheitert“", "der Minister", "gesagt")],
    ),
    known(
        "hatte … gesagt after the reported clause",
        "Der Plan sei gescheitert, hatte der Minister gesagt.",
        &[cued(Indirect, "Der Plan sei gescheitert", "der Minister", "gesagt")],
    ),
    // Subordinate frames end with their verb; the subject (or source) stands between the conjunction and the verb.
    case(
        "wie, the subject, the verb",
        "Wie der Sprecher sagte, bleibt das Werk offen.",
        &[cued(Indirect, "bleibt das Werk offen", "der Sprecher", "sagte")],
    ),
    case(
        "wie aus, the source, the verb",
        "Wie aus Regierungskreisen verlautete, soll das Gesetz im Mai kommen.",
        &[cued(Indirect, "soll das Gesetz im Mai kommen", "Regierungskreisen", "verlautete")],
    ),
    known(
        "a wie clause at the end of a paragraph without a full stop, another paragraph after it",
        "Das sei „völlig falsch“, wie der Minister betonte\nDie Sitzung endete.",
        &[
            cued(Indirect, "Das sei „völlig falsch“", "der Minister", "betonte"),
            cued(Direct, "„völlig falsch“", "der Minister", "betonte"),
        ],
    ),
    known(
        "a wie clause at the end of the text without a full stop",
        "Das sei „völlig falsch“, wie der Minister betonte",
        &[
            cued(Indirect, "Das sei „völlig falsch“", "der Minister", "betonte"),
            cued(Direct, "„völlig falsch“", "der Minister", "betonte"),
        ],
    ),
    // Passive: the agent after von speaks, if it can; von in an active sentence is no agent.
    case(
        "a group as the passive's agent",
        "Der Plan wurde von der Gewerkschaft als „unsozial“ kritisiert.",
        &[cued(Direct, "„unsozial“", "der Gewerkschaft", "kritisiert")],
    ),
    case(
        "a name the tagger does not know as the agent",
        "Der Plan wurde von Wurzelbacher als „unsozial“ kritisiert.",
        &[cued(Direct, "„unsozial“", "Wurzelbacher", "kritisiert")],
    ),
    case(
        "von in an active perfect is no agent",
        "Die Ministerin hat von Beginn an betont, die Schule bleibe offen.",
        &[cued(Indirect, "die Schule bleibe offen", "Die Ministerin", "betont")],
    ),
    known(
        "the agent before the auxiliary",
        "Vom Verband wurde der Plan als „unsozial“ kritisiert.",
        &[cued(Direct, "„unsozial“", "Verband", "kritisiert")],
    ),
    known(
        "a phrase of time after von is no agent",
        "Der Plan wurde von Anfang an als „unsozial“ kritisiert.",
        &[cued(Direct, "„unsozial“", "", "kritisiert")],
    ),
    // Apposition before the verb: a name in it speaks; a description leaves the first phrase.
    case(
        "a name with its party in brackets",
        "Der Sprecher der Fraktion, Jonas Keller (SPD), sagte: „Wir stimmen zu.“",
        &[cued(Direct, "„Wir stimmen zu.“", "Jonas Keller", "sagte")],
    ),
    case(
        "a description as the apposition",
        "Der Sprecher der Stadt, ein erfahrener Beamter, sagte: „Wir warten ab.“",
        &[cued(Direct, "„Wir warten ab.“", "Der Sprecher der Stadt", "sagte")],
    ),
    case(
        "an apposition with a preposition before the verb",
        "Anna Berg, seit Jahren Leiterin der Schule, warnte: „Das Geld reicht nicht.“",
        &[cued(Direct, "„Das Geld reicht nicht.“", "Anna Berg", "warnte")],
    ),
    case(
        "an apposition with a preposition, no name tagged",
        "Der Kassenwart, seit Jahren im Verein, warnte: „Das Geld reicht nicht.“",
        &[cued(Direct, "„Das Geld reicht nicht.“", "Der Kassenwart", "warnte")],
    ),
    case(
        "an apposition with a preposition, an object after the verb",
        "Der Kassenwart, seit Jahren im Verein, warnte die Mitglieder eindringlich: „Das Geld reicht nicht.“",
        &[cued(Direct, "„Das Geld reicht nicht.“", "Der Kassenwart", "warnte")],
    ),
    // The so-frame: the speaker is the phrase after so.
    case(
        "so, a role and its genitive",
        "„Wir bleiben“, so der Sprecher der Stadt.",
        &[cued(Direct, "„Wir bleiben“", "der Sprecher der Stadt", "so")],
    ),
    case(
        "so and a name the tagger does not know",
        "„Wir bleiben“, so Wurzelbacher.",
        &[cued(Direct, "„Wir bleiben“", "Wurzelbacher", "so")],
    ),
    // Impersonal hieß es: the source is the object of a preposition near it; without one there is no speaker.
    case(
        "hieß es, a time phrase, then the source",
        "„Wir prüfen das“, hieß es am Abend aus dem Ministerium.",
        &[cued(Direct, "„Wir prüfen das“", "dem Ministerium", "hieß")],
    ),
    known(
        "hieß es, a longer time phrase, then the source",
        "„Wir prüfen das“, hieß es am späten Abend aus dem Ministerium.",
        &[cued(Direct, "„Wir prüfen das“", "dem Ministerium", "hieß")],
    ),
    case(
        "hieß es im, the source",
        "„Wir prüfen den Fall“, hieß es im Ministerium.",
        &[cued(Direct, "„Wir prüfen den Fall“", "Ministerium", "hieß")],
    ),
    case(
        "the source first, hieß es after it",
        "Aus dem Ministerium hieß es, man prüfe den Fall.",
        &[cued(Indirect, "man prüfe den Fall", "dem Ministerium", "hieß")],
    ),
    case(
        "es before hieß, the source after it",
        "Es hieß aus dem Ministerium, der Fall werde geprüft.",
        &[cued(Indirect, "der Fall werde geprüft", "dem Ministerium", "hieß")],
    ),
    case(
        "hieß es, then a comma and a phrase with in",
        "„Der Termin steht noch nicht fest“, hieß es, in der kommenden Woche werde entschieden.",
        &[
            cued(Direct, "„Der Termin steht noch nicht fest“", "", "hieß"),
            cued(Indirect, "in der kommenden Woche werde entschieden", "", "hieß"),
        ],
    ),
    case("das heißt is no cue", "Das heißt, die Mieten steigen weiter.", &[]),
    // Active zitieren: the person quoted is the object, not the medium that quotes.
    case(
        "zitierte, the medium, then the person",
        "„Wir geben nicht auf“, zitierte die Zeitung den Trainer.",
        &[cued(Direct, "„Wir geben nicht auf“", "den Trainer", "zitierte")],
    ),
    // A colon without a speech verb: the subject of the clause before it speaks; a label before a colon does not.
    case(
        "a speaker and a topic before a colon",
        "Die Ministerin zum Streik: „Wir verhandeln weiter.“",
        &[cued(Direct, "„Wir verhandeln weiter.“", "Die Ministerin", ":")],
    ),
    case(
        "an object with a comma clause first, the role after the verb",
        "Den Vorschlag der Stadt, die Bäder zu schließen, lehnt die Bürgermeisterin ab: „Das kommt nicht in Frage.“",
        &[cued(Direct, "„Das kommt nicht in Frage.“", "die Bürgermeisterin", ":")],
    ),
    case(
        "a name after a dash before a colon",
        "Bilanz des Jahres – Bürgermeister Tim Roth: „Wir haben gespart.“",
        &[cued(Direct, "„Wir haben gespart.“", "Bürgermeister Tim Roth", ":")],
    ),
    case(
        "an adverb, an unlisted verb, then the subject before a colon",
        "Hier sparte die Ministerin nicht mit Kritik: „Das ist ein Skandal.“",
        &[cued(Direct, "„Das ist ein Skandal.“", "die Ministerin", ":")],
    ),
    case(
        "a label before the subject, the quote in the next paragraph",
        "Europapolitik: Die Partei will mehr Geld für Schulen.\n„Wir brauchen das.“",
        &[q(Direct, "„Wir brauchen das.“", "Die Partei")],
    ),
    case(
        "a label before a named subject with a partial quote",
        "Haushalt: Stadträtin Petra Holm will den Plan „noch einmal gründlich prüfen“.",
        &[q(Direct, "„noch einmal gründlich prüfen“", "Stadträtin Petra Holm")],
    ),
    // Reported speech needs a clause with a verb (a zu-infinitive counts); a subject pronoun can make the demand.
    case(
        "an indicative clause after sagte is reported",
        "Die Ärztin sagte, die Station bleibt bis Montag geschlossen.",
        &[cued(Indirect, "die Station bleibt bis Montag geschlossen", "Die Ärztin", "sagte")],
    ),
    case(
        "kündigte an, an infinitive with zu",
        "Die Ministerin kündigte an, weiter gegen den Schmuggel zu kämpfen.",
        &[cued(Indirect, "weiter gegen den Schmuggel zu kämpfen", "Die Ministerin", "kündigte")],
    ),
    case(
        "a name after a comma is no reported clause",
        "Die Ministerin lobte die Helfer, vor allem Feuerwehrchef Weber.",
        &[],
    ),
    case("zu before a noun is no infinitive", "Viele Anwohner begrüßten den Plan, vor allem zu Beginn.", &[]),
    case(
        "a pronoun demands",
        "Sie forderte am Dienstag eine rasche Entscheidung über die Löhne.",
        &[cued(Reported, "Sie forderte am Dienstag eine rasche Entscheidung über die Löhne", "Sie", "forderte")],
    ),
];

#[test]
fn frames_find_their_speakers() {
    check(CASES);
}
