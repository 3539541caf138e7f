//! Word lists: German speech, writing and thought verbs in all their forms, and the function
//! words the frame finder needs to tell a subject from an adverbial.
//!
//! The verb forms are generated once from stems (weak verbs) or listed (strong and mixed
//! verbs); a lookup is one hash probe on the lower-cased word.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::engine::words::ROLE_SUFFIXES;
pub(crate) use crate::engine::words::{DETERMINERS, PRONOUNS};

/// What a verb does with a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Introduces speech or a statement: "sagte", "erklärte", "teilte … mit".
    Say,
    /// Names or characterises, taking a quoted word or phrase: "bezeichnete … als", "nannte".
    Name,
}

/// One form of a cue verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Form {
    pub class: Class,
    /// A participle or infinitive: the finite verb of the clause is an auxiliary elsewhere.
    pub nonfinite: bool,
    /// The separable particle that must follow in the clause ("teilte" needs "mit").
    pub particle: Option<&'static str>,
}

/// Weak verbs by stem (the infinitive without -en / -n).
const WEAK_SAY: &[&str] = &[
    "sag", "erklär", "beton", "mein", "bericht", "forder", "warn", "kritisier", "äußer", "verkünd", "versicher",
    "behaupt", "zitier", "erläuter", "bestätig", "antwort", "kommentier", "klag", "beklag", "mahn", "appellier",
    "urteil", "resümier", "ergänz", "bekräftig", "hoff", "fürcht", "befürcht", "vermut", "glaub", "meld",
    "argumentier", "spekulier", "verlang", "erwider", "entgegn", "beteuer", "erzähl", "schilder", "bezweifel",
    "monier", "bemängel", "beanstand", "begründ", "dementier", "prophezei", "prognostizier", "signalisier",
    "präzisier", "droh", "schätz", "plädier", "unterstell", "beschuldig", "vermeld", "notier", "twitter", "poste",
    "bilanzier", "konstatier", "insistier", "protestier", "bekenn", "beschwör", "befand", "folger", "meld", "zweifel",
    "erwart", "bedauer", "begrüß", "mutmaß", "rechtfertig", "sorg", "wünsch", "fragt", "frag", "bestätig", "informier",
    "verwies", "beharr", // Manner of speaking: "seufzte Jana Vogt", "hat geschimpft".
    "seufz", "stöhn", "lach", "jubel", "schimpf", "flüster", "murmel", "jammer", "brüll", "scherz", "witzel", "spott",
    "läster", "raun", "polter", "wetter", "stichel", "nörgel", "fluch", "schwärm", "konter", "tön", "grummel",
    "nuschel", "frotzel", "stammel", "kreisch", "johl", "zisch", "knurr", "mäkel",
    // Chanting: "skandierten die Fans".
    "skandier",
];

const WEAK_NAME: &[&str] = &[
    "bezeichn", "wert", "lob", "titulier", "charakterisier", "würdig", "kritisier", "attackier", "verurteil",
    "beschimpf", "geißel", "bezichtig", "betitel", "verspott",
];

/// Strong and mixed verbs, and fused forms of separable ones, listed whole.
const LISTED_SAY: &[&str] = &[
    "spricht", "sprach", "sprachen", "gesprochen", "sprechen", "schreibt", "schrieb", "schrieben", "geschrieben",
    "schreiben", "schreibe", "denkt", "dachte", "dachten", "gedacht", "ruft", "rief", "riefen", "gerufen", "weiß",
    "wusste", "wussten", "bestreitet", "bestritt", "bestritten", "unterstreicht", "unterstrich", "unterstrichen",
    "verspricht", "versprach", "versprochen", "empfiehlt", "empfahl", "empfahlen", "empfohlen", "beschreibt",
    "beschrieb", "beschrieben", "mitteilte", "mitteilten", "mitgeteilt", "mitteilen", "mitteilt", "hinzugefügt",
    "hinzufügte", "festgestellt", "feststellte", "angekündigt", "ankündigte", "ankündigten", "bekanntgegeben",
    "bekanntgab", "angegeben", "angab", "angaben", "eingeräumt", "einräumte", "ausgeführt", "hervorgehoben",
    "hervorhob", "vorgeworfen", "vorwarf", "vorgeschlagen", "vorschlug", "aufgefordert", "aufforderte", "hingewiesen",
    "hinwies", "klargestellt", "zugesichert", "zugegeben", "zugab", "verlautete", "verlautet", "verlauten", "gewarnt",
    "gesagt", "erklärt", "zurückgewiesen", "zurückwies", "rät", "riet", "rieten", "bekräftigte", "gestand", "gesteht",
    "gestanden", "entschied", "entscheidet", "beschloss", "beschließt", "verwies", "verweist", "widerspricht",
    "widersprach", "widersprachen", "widersprochen", "widersprechen", "schreit", "schrie", "schrien", "geschrien",
    "schreien", "ausdrückte", "ausdrückten", "ausgedrückt", "ausführte", "ausführten",
];

const LISTED_NAME: &[&str] = &["nennt", "nannte", "nannten", "genannt", "nennen", "nenne"];

/// Separable verbs whose finite form stands apart from its particle: "teilte … mit".
const SEPARABLE: &[(&str, &[&str])] = &[
    ("mit", &["teilt", "teilte", "teilten", "teilen", "teile"]),
    ("hinzu", &["fügt", "fügte", "fügten", "füge", "fügen"]),
    ("fest", &["stellt", "stellte", "stellten", "stelle", "stellen"]),
    ("klar", &["stellt", "stellte", "stellten", "stelle"]),
    (
        "an",
        &[
            "kündigt", "kündigte", "kündigten", "kündige", "gibt", "gab", "gaben", "gebe", "nimmt", "nahm", "nahmen",
            "kündigen",
        ],
    ),
    ("bekannt", &["gibt", "gab", "gaben", "gebe", "geben"]),
    ("zu", &["gibt", "gab", "gaben", "sicherte", "sichert", "gesteht"]),
    ("ein", &["räumt", "räumte", "räumten", "räume", "gesteht", "gestand"]),
    ("aus", &["führt", "führte", "führten", "führe", "geht", "ging", "gingen", "gehen", "gehe", "spricht", "sprach"]),
    ("hervor", &["hebt", "hob", "hoben", "hebe", "geht", "ging"]),
    ("vor", &["wirft", "warf", "warfen", "werfe", "werfen", "schlägt", "schlug", "schlugen", "schlage", "wirf"]),
    ("auf", &["fordert", "forderte", "forderten", "fordere", "ruft", "rief", "riefen"]),
    ("hin", &["weist", "wies", "wiesen", "weise"]),
    ("fort", &["fährt", "fuhr", "fuhren"]),
    ("zurück", &["weist", "wies", "wiesen"]),
    // "wie sich der Abgeordnete ausdrückte", "drückte es so aus".
    ("aus", &["drückt", "drückte", "drückten"]),
];

/// Words that are cues only with an impersonal "es": "hieß es", "heißt es".
pub(crate) const IMPERSONAL: &[&str] = &["heißt", "hieß", "hieß's", "geheißen"];

/// Finite auxiliaries and modals that carry a participle or infinitive cue.
pub(crate) const AUXILIARIES: &[&str] = &[
    "hat", "hatte", "hatten", "haben", "habe", "hätte", "hätten", "ist", "war", "waren", "sind", "sei", "seien",
    "wird", "wurde", "wurden", "werden", "werde", "würde", "würden", "will", "wollte", "wollten", "soll", "sollte",
    "sollten", "kann", "konnte", "könnte", "muss", "musste", "möchte", "darf",
];

/// Konjunktiv I (and the Konjunktiv II forms indirect speech uses in its place): the mark of
/// reported statements. Only forms that are not also common indicatives are listed.
pub(crate) const SUBJUNCTIVE: &[&str] = &[
    "sei", "seien", "seiest", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "wisse", "gebe",
    "gehe", "komme", "stehe", "liege", "bleibe", "lasse", "sehe", "halte", "fehle", "gelte", "brauche", "zeige",
    "trage", "biete", "handle", "handele", "arbeite", "plane", "wäre", "wären", "hätten", "würden", "könnten",
    "müssten", "sollten", "dürften", "lägen", "gäbe", "stamme", "befinde", "verfüge", "erhalte", "beginne", "treffe",
    "nehme", "mache", "finde", "spiele", "führe", "sehe", "gehöre", "bestehe", "entspreche", "betrage", "reiche",
    "diene", "erfolge", "verlaufe", "laufe", "stelle", "setze", "wolle", "lebe", "wohne", "kenne", "glaube",
];

/// Object pronouns the speaker search skips: "so charakterisierte ihn der Gewerkschafter".
pub(crate) const OBJECT_PRONOUNS: &[&str] =
    &["ihn", "ihm", "ihnen", "sich", "mich", "mir", "uns", "euch", "dies", "das", "dazu", "darauf"];

/// Words that start an adverbial, not a subject: prepositions, adverbs, conjunctions.
pub(crate) const NON_SUBJECT: &[&str] = &[
    "auch", "zudem", "dann", "dort", "damals", "jedoch", "allerdings", "außerdem", "später", "heute", "gestern",
    "bereits", "nun", "jetzt", "daraufhin", "darin", "dabei", "deshalb", "daher", "so", "doch", "aber", "und", "oder",
    "im", "am", "in", "an", "auf", "bei", "beim", "mit", "nach", "vor", "von", "vom", "aus", "zu", "zum", "zur", "für",
    "gegen", "über", "unter", "seit", "während", "wegen", "trotz", "durch", "als", "wie", "wenn", "weil", "dass", "ob",
    "laut", "gegenüber", "zuletzt", "zuvor", "erst", "noch", "schon", "weiter", "ferner", "anschließend", "inzwischen",
    "indes", "indessen", "demnach", "zufolge", "hier", "da", "darauf", "danach", "dazu", "hierzu", "dafür",
    "insgesamt", "bisher", "kürzlich", "jüngst", "ebenfalls", "gleichzeitig", "zugleich", "vielmehr", "stattdessen",
    "offenbar", "angeblich", "tatsächlich", "ohne", "um", "bis", "nachdem", "bevor", "obwohl", "gestern", "morgen",
    "zunächst", "schließlich", "letztlich", "immer", "wieder", "sogar", "nur", "gerade", "denn", "sondern", "sowie",
    "hingegen", "dagegen", "darüber", "deswegen", "dennoch", "trotzdem", "vorher", "nachher", "abends", "morgens",
    "ebenso", "wörtlich", "unterdessen", "mittlerweile", "vergangene", "vergangenen", "letzte", "letzten", "am", "ins",
    "ans", "es", "was", "wer", "damit", "hierbei", "somit", "also", "ja", "nein", "nicht", "kaum", "bislang",
    "derzeit", "aktuell", "außer", "innerhalb", "außerhalb", "binnen", "gemäß", "entgegen", "neben", "zwischen",
    "hinter", "seitens", "angesichts", "aufgrund", "infolge", "mittels", "betreffend", "zwar", "selbst", "besonders",
    "insbesondere", "weiterhin", "ab", "vor allem", "allein", "ebenfalls", "lediglich", "zumindest", "wenigstens",
    "eigentlich", "letztendlich", "dadurch",
];

/// Sentence adverbs that the pronominal-adverb shape ([`is_adverb`]) does not cover.
const SENTENCE_ADVERBS: &[&str] = &[
    "demgegenüber", "dementsprechend", "demzufolge", "demnach", "demnächst", "infolgedessen", "indessen",
    "stattdessen", "deshalb", "deswegen", "desto", "trotzdem", "nichtsdestotrotz", "nichtsdestoweniger", "ebenso",
    "genauso", "gleichwohl", "immerhin", "jedenfalls", "keinesfalls", "keineswegs", "mitunter", "möglicherweise",
    "naturgemäß", "natürlich", "offensichtlich", "sicherlich", "sodann", "überdies", "vermutlich", "vielleicht",
    "wohl", "zumal", "zunächst", "zuletzt", "ausdrücklich", "erneut", "ebenfalls", "gestern", "heute", "morgen",
    "vorgestern", "bislang", "seither", "künftig", "fortan", "nochmals", "abschließend", "einleitend", "ergänzend",
    "übereinstimmend", "unterdessen", "anschließend", "daneben", "dagegen", "hingegen", "wiederum", "andererseits",
    "einerseits", "zugleich", "ohnehin", "sowieso",
];

/// Prepositions that pronominal adverbs are made of: "darauf", "hierzu", "worüber".
const ADVERB_PREPOSITIONS: &[&str] = &[
    "an", "auf", "aus", "bei", "durch", "für", "gegen", "hinter", "in", "mit", "nach", "neben", "über", "um", "unter",
    "von", "vor", "zu", "zwischen", "gegenüber", "zufolge", "wegen", "halb", "nächst",
];

/// Whether a lower-cased word is an adverb that can fill the first position of a main clause
/// and so is never its subject: the listed adverbs and conjunctions, a pronominal adverb
/// ("dazu", "darüber", "hierbei", "demgegenüber"), or an adverb by its suffix ("möglicherweise",
/// "einmal", "vorwärts").
pub(crate) fn is_adverb(lower: &str) -> bool {
    if is(NON_SUBJECT, lower) || is(SENTENCE_ADVERBS, lower) {
        return true;
    }
    let pronominal = ["dar", "da", "hier", "wor", "wo", "dem", "des"]
        .iter()
        .any(|prefix| lower.strip_prefix(prefix).is_some_and(|rest| is(ADVERB_PREPOSITIONS, rest)));
    pronominal || ["weise", "maßen", "mals", "wärts", "dings", "halber", "falls"].iter().any(|s| lower.ends_with(s))
}

/// Subordinating conjunctions that open an adverbial clause (time, cause, condition,
/// concession, manner): such a clause frames the sentence and is never what was said.
pub(crate) const ADVERBIAL_CONJUNCTIONS: &[&str] = &[
    "nachdem", "weil", "wenn", "obwohl", "während", "bevor", "seitdem", "sobald", "als", "da", "indem", "wobei",
    "zumal", "falls",
];

/// Subordinating conjunctions that open a complement clause; "wie" also opens the source
/// clause "wie die Polizei mitteilte".
pub(crate) const COMPLEMENT_CONJUNCTIONS: &[&str] = &["dass", "ob", "wie"];

/// Whether `lower` is a subordinating conjunction, adverbial or complement.
pub(crate) fn is_subordinator(lower: &str) -> bool {
    is(ADVERBIAL_CONJUNCTIONS, lower) || is(COMPLEMENT_CONJUNCTIONS, lower)
}

/// Prepositions and conjunctions: a noun phrase after them is not a subject.
pub(crate) const PREPOSITIONS: &[&str] = &[
    "im", "am", "in", "an", "auf", "bei", "beim", "mit", "nach", "vor", "von", "vom", "aus", "zu", "zum", "zur", "für",
    "gegen", "über", "unter", "seit", "während", "wegen", "trotz", "durch", "als", "wie", "wenn", "weil", "dass", "ob",
    "laut", "gegenüber", "ohne", "um", "bis", "und", "oder", "ins", "ans", "gemäß", "zwischen", "neben", "hinter",
    "seitens", "angesichts",
];

/// Nouns whose quoted complement is a name or title, not speech: "der Film „…“".
pub(crate) const NAMING_WORDS: &[&str] = &[
    "genannt", "genannte", "genannten", "genannter", "sogenannt", "sogenannte", "sogenannten", "sogenannter",
    "sogenanntes", "namens", "namen", "titel", "motto", "heißt", "hieß", "heißen", "lautet", "lautete", "bezeichnet",
    "bekannt", "spitzname", "spitznamen", "stichwort",
];

/// Nouns that introduce the words someone used: "die Bezeichnung „Gesindel“", "mit den Worten".
pub(crate) const SPEECH_NOUNS: &[&str] = &[
    "worten", "wort", "bezeichnung", "äußerung", "aussage", "zitat", "stellungnahme", "erklärung", "mitteilung",
    "pressemitteilung", "interview", "rede", "ansprache", "parole", "parolen", "sprüche", "spruch", "slogan",
    "slogans", "brief", "schreiben", "ruf", "rufe", "forderung", "warnung", "vorwurf", "vorwürfe", "kritik", "bilanz",
    "fazit", "wörtlich", "formulierung",
];

/// Nouns whose "…, dass" clause is a statement someone holds: "vertritt die Ansicht, dass".
pub(crate) const CLAUSE_NOUNS: &[&str] = &[
    "ansicht", "meinung", "auffassung", "überzeugung", "vorwurf", "vorwürfe", "forderung", "hoffnung", "befürchtung",
    "sorge", "angabe", "angaben", "aussage", "einschätzung", "behauptung", "erklärung", "warnung", "hinweis",
    "vermutung", "standpunkt", "position", "eindruck", "kritik", "zusage", "versprechen", "drohung", "mitteilung",
    "bericht",
];

/// Nouns after "nach" that make it a source: "nach Angaben der Polizei".
pub(crate) const SOURCE_NOUNS: &[&str] = &[
    "angaben", "angabe", "informationen", "berichten", "bericht", "aussagen", "aussage", "einschätzung",
    "einschätzungen", "ansicht", "meinung", "auffassung", "darstellung", "schätzungen", "schätzung", "erkenntnissen",
    "worten", "meldungen", "meldung", "mitteilung", "polizeiangaben", "medienberichten", "zeugenaussagen",
    "augenzeugenberichten", "berechnungen", "expertenmeinung", "behördenangaben", "regierungsangaben",
    "agenturberichten", "umfragen", "überzeugung", "ansicht", "stellungnahme", "auskunft", "aussage", "idee",
    "vorstellung", "willen", "wunsch", "sicht", "lesart", "darstellungen", "einschätzungen", "ermittlungen", "analyse",
    "planungen", "studie", "erkenntnisstand",
];

/// News agencies: "laut Reuters" credits the report, it does not quote anyone.
pub(crate) const AGENCIES: &[&str] = &[
    "reuters", "dpa", "afp", "ap", "apa", "kna", "epd", "sid", "ddp", "ansa", "efe", "xinhua", "interfax", "tass",
    "itar-tass", "ria", "upi", "bloomberg", "associated",
];

/// Organisations and bodies: they speak, but are never one person ("der Verband erklärte",
/// "die Landesregierung teilte mit"); matched as the head of a compound too.
const BODY_NOUNS: &[&str] = &[
    "verband", "verein", "konzern", "sender", "vorstand", "rat", "senat", "bundestag", "landtag", "ausschuss", "staat",
    "bund", "hersteller", "veranstalter", "betreiber", "anbieter", "zeitung", "opposition", "regierung", "polizei",
    "staatsanwaltschaft", "gewerkschaft", "partei", "fraktion", "koalition", "kommission", "behörde", "behörden",
    "ministerium", "verwaltung", "stadt", "gemeinde", "bahn", "firma", "unternehmen", "feuerwehr", "armee", "militär",
    "gericht", "universität", "klinik", "organisation", "institut", "amt", "stiftung", "kirche", "bistum",
    "verbraucherzentrale", "parlament",
    // The heads of a body: "die Armeeleitung", "die Geschäftsführung".
    "leitung", "führung",
    // Services, alliances and communities: "der Wetterdienst", "das Bündnis", "die
    // Staatengemeinschaft", "die Revolutionsgarden".
    "dienst", "bündnis", "gemeinschaft", "netzwerk", "allianz", "komitee", "gremium", "garde", "garden",
];

/// People in the plural: they speak as a group ("die Anwohner sagten"), never as one person.
const GROUP_NOUNS: &[&str] = &[
    "anwohner", "bürger", "einwohner", "bewohner", "demonstranten", "teilnehmer", "mitglieder", "wähler", "zuschauer",
    "fans", "eltern", "schüler", "ärzte", "experten", "kritiker", "gegner", "befürworter", "unterstützer", "helfer",
    "retter", "zeugen", "augenzeugen", "beobachter", "analysten", "bauern", "forscher", "wissenschaftler", "politiker",
    "lehrer", // Plurals in -en that the singular tests miss: "die Studenten", "die Soldaten".
    "studenten", "studierenden", "soldaten", "patienten", "meteorologen", "ökonomen", "angehörigen", "beamten",
];

/// Whether a lower-cased noun names an organisation or body, also as the head of a compound
/// ("Landesregierung", "Stadtverwaltung").
pub(crate) fn is_body_noun(noun: &str) -> bool {
    BODY_NOUNS.iter().any(|g| noun.ends_with(g))
}

/// Whether a lower-cased noun names people in the plural or a body: who can speak as a group.
pub(crate) fn is_group_noun(noun: &str) -> bool {
    is(GROUP_NOUNS, noun) || is_body_noun(noun)
}

/// Whether a lower-cased noun names a person by role, origin or age ("Verbandschefin",
/// "Norweger", "Angeklagte", "84-Jährige"), not an organisation, a group or a thing ("Polizei",
/// "Verband", "Ministerium").
pub(crate) fn is_person_noun(noun: &str) -> bool {
    let tail = noun.rsplit('-').next().unwrap_or(noun);
    ROLE_SUFFIXES.iter().any(|s| tail.ends_with(s))
        || tail.ends_with("jährige")
        || tail.ends_with("jähriger")
        // French agent nouns: "Redakteur", "Kommandeur", "Gouverneur" (the feminine ends in -in).
        || tail.ends_with("eur")
        || (tail.ends_with("er") || tail.ends_with("e") || tail.ends_with("in"))
            && !["ung", "heit", "keit", "schaft", "ei", "ie", "ine", "erie", "zentrale", "agentur", "partei"]
                .iter()
                .any(|s| tail.ends_with(s))
            && !is_body_noun(tail)
}

/// Media and documents, which the data set names as sources: "die Zeitung berichtete", "der
/// Bericht warnt".
pub(crate) const MEDIA_NOUNS: &[&str] = &[
    "zeitung", "bericht", "studie", "sender", "agentur", "nachrichtenagentur", "magazin", "blatt", "schreiben",
    "mitteilung", "pressemitteilung", "erklärung", "gutachten", "umfrage", "untersuchung", "website", "medien",
    "fernsehen", "rundfunk", "radio", "tageszeitung", "wochenzeitung", "nachrichtenmagazin", "zeitschrift", "text",
    "fazit", "brief", "petition", "resolution", "urteil", "beschluss", "gesetz", "gesetzentwurf", "entwurf", "papier",
    "positionspapier", "aufruf", "appell", "botschaft", "homepage", "stellungnahme", "aussage", "meinung", "ansicht",
    "seiten", "seite", "quelle", "quellen", "kreise", "kreisen",
];

/// Documents and places of publication that [`MEDIA_NOUNS`] lacks, which the data set names
/// as sources as well: "das Strafgesetzbuch enthält", "die Anordnung", "der Passus".
const DOCUMENT_NOUNS: &[&str] = &[
    "gesetzbuch", "anordnung", "verordnung", "passus", "vertrag", "satzung", "richtlinie", "protokoll", "nachruf",
    "blog", "blogeintrag", "webseite", "internetseite", "klageschrift", "anklageschrift", "flugblatt", "plakat",
    "transparent", "meldung", "artikel", "kommentar", "leitartikel", "editorial",
];

/// Whether a lower-cased noun is a medium or document, also as the head of a compound
/// ("Gesetzentwurf", "Regierungserklärung", "Strafgesetzbuch"). Short or general heads match
/// only whole ("Landkreise" is no "Kreise", "Energiequelle" no "Quelle").
pub(crate) fn is_media_noun(noun: &str) -> bool {
    is(MEDIA_NOUNS, noun)
        || is(DOCUMENT_NOUNS, noun)
        || MEDIA_NOUNS.iter().chain(DOCUMENT_NOUNS).any(|m| {
            m.chars().count() >= 6
                && !matches!(*m, "kreise" | "kreisen" | "quelle" | "quellen" | "seiten" | "urteil" | "papier")
                && noun.ends_with(m)
        })
}

/// Whether a lower-cased noun names people in the plural by a suffix the singular tests miss:
/// "Initiatoren", "Journalisten", "Politikerinnen".
pub(crate) fn is_plural_person_noun(noun: &str) -> bool {
    ["toren", "isten", "innen"].iter().any(|s| noun.ends_with(s)) && noun.chars().count() > 6
}

/// Whether a listed form is a past participle: "gesagt", or a separable verb's with its
/// particle fused before the "ge" ("zugesichert", "mitgeteilt", "hinzugefügt"), so that the
/// clause's auxiliary is its finite verb ("So hatte der Minister zugesichert:").
fn is_participle(w: &str) -> bool {
    w.starts_with("ge")
        || SEPARABLE.iter().any(|(particle, _)| w.strip_prefix(particle).is_some_and(|rest| rest.starts_with("ge")))
}

static FORMS: OnceLock<HashMap<String, Form>> = OnceLock::new();
static PARTICLED: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();

fn needs_e(stem: &str) -> bool {
    // "berichtet", "bezeichnet", "verkündet": an -e- before -t after t, d and consonant + n.
    stem.ends_with('t')
        || stem.ends_with('d')
        || stem.ends_with("chn")
        || stem.ends_with("gn")
        || stem.ends_with("ffn")
        || stem.ends_with("tm")
}

fn has_inseparable_prefix(stem: &str) -> bool {
    ["be", "er", "ver", "ent", "zer", "emp", "miss", "ge", "wider", "über", "unter", "hinter"]
        .iter()
        .any(|p| stem.starts_with(p) && stem.len() > p.len() + 2)
        || stem.ends_with("ier")
}

fn weak_forms(stem: &str) -> Vec<(String, bool)> {
    let e = if needs_e(stem) { "e" } else { "" };
    let mut out = vec![
        (format!("{stem}e"), false),
        (format!("{stem}{e}st"), false),
        (format!("{stem}{e}t"), false),
        (format!("{stem}en"), true),
        (format!("{stem}n"), true),
        (format!("{stem}{e}te"), false),
        (format!("{stem}{e}ten"), false),
    ];
    let participle = if has_inseparable_prefix(stem) { format!("{stem}{e}t") } else { format!("ge{stem}{e}t") };
    out.push((participle, true));
    out
}

fn forms() -> &'static HashMap<String, Form> {
    FORMS.get_or_init(|| {
        let mut map = HashMap::new();
        let mut add = |word: String, class: Class, nonfinite: bool| {
            let entry = map.entry(word).or_insert(Form { class, nonfinite, particle: None });
            // "erklärt" is both a present and a participle: the clause's auxiliary decides.
            entry.nonfinite |= nonfinite;
            // A form shared by a naming and a saying verb counts as saying.
            if class == Class::Say {
                entry.class = Class::Say;
            }
        };
        for stem in WEAK_SAY {
            for (w, nonfinite) in weak_forms(stem) {
                add(w, Class::Say, nonfinite);
            }
        }
        for stem in WEAK_NAME {
            for (w, nonfinite) in weak_forms(stem) {
                add(w, Class::Name, nonfinite);
            }
        }
        for w in LISTED_SAY {
            let nonfinite = is_participle(w) || w.ends_with("en") && !w.ends_with("chen");
            add(w.to_string(), Class::Say, nonfinite && !matches!(*w, "gesteht" | "geht" | "gestand"));
        }
        for w in LISTED_NAME {
            add(w.to_string(), Class::Name, w.starts_with("ge"));
        }
        // Generated forms that are mostly something else: "sorgen" (see to it), "fragen" and
        // "hoffen" as infinitives after modals, "warten" from "erwarten".
        for w in ["sorgte", "sorgt", "sorgen", "fragen", "hoffen", "erwarten", "warten"] {
            map.remove(w);
        }
        map
    })
}

fn particled() -> &'static HashMap<&'static str, Vec<&'static str>> {
    PARTICLED.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
        for (particle, verbs) in SEPARABLE {
            for v in *verbs {
                map.entry(*v).or_default().push(particle);
            }
        }
        map
    })
}

/// The cue form of a lower-cased word, if it is one by itself.
pub(crate) fn cue(lower: &str) -> Option<Form> {
    forms().get(lower).copied()
}

/// The particles a separable verb form needs to be a cue ("teilte" → ["mit"]).
pub(crate) fn particles(lower: &str) -> &'static [&'static str] {
    particled().get(lower).map_or(&[], Vec::as_slice)
}

pub(crate) fn is(list: &[&str], lower: &str) -> bool {
    list.contains(&lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_forms() {
        for w in [
            "sagte", "sagt", "gesagt", "erklärte", "erklärt", "berichtete", "bezeichnete", "betonte", "forderte",
            "äußerte", "zitiert", "kritisierte", "schrieb", "nannte", "mitgeteilt",
        ] {
            assert!(cue(w).is_some(), "{w}");
        }
        assert!(cue("gesagt").unwrap().nonfinite);
        assert!(!cue("sagte").unwrap().nonfinite);
        for w in ["zugesichert", "mitgeteilt", "hinzugefügt", "festgestellt", "angekündigt", "eingeräumt"] {
            assert!(cue(w).unwrap().nonfinite, "{w}");
        }
        assert!(!cue("mitteilte").unwrap().nonfinite);
        assert_eq!(cue("nannte").unwrap().class, Class::Name);
        assert_eq!(particles("teilte"), ["mit"]);
        assert!(cue("haus").is_none());
    }
}
