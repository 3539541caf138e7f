//! German word lists that more than one stage needs: `entities` drops a role before a name
//! ("NATO-Generalsekretär Jens Stoltenberg"), `quotes` resolves a speaker named by role ("die
//! Ministerin"), `token` tells a sentence's end after a number from an ordinal ("Modell 3. Ein
//! …" against "am 3. Mai") and `quotes` a subject from an adverbial. Stage-only lists stay with their stage (`quotes::lexicon` for speech verbs).
//!
//! Every entry is lower case; callers compare lower-cased words.

/// Descriptions of a person's role that a later mention uses ("der NATO-Chef", "die Ministerin").
pub(crate) const ROLE_SUFFIXES: &[&str] = &[
    "chef", "chefin", "sekretär", "sekretärin", "präsident", "präsidentin", "minister", "ministerin", "sprecher",
    "sprecherin", "vorsitzende", "vorsitzender", "kanzler", "kanzlerin", "direktor", "direktorin", "leiter",
    "leiterin", "führer", "führerin", "vertreter", "vertreterin", "experte", "expertin", "anwalt", "anwältin",
    "richter", "richterin", "botschafter", "botschafterin", "politiker", "politikerin", "abgeordnete", "abgeordneter",
    "bürgermeister", "bürgermeisterin", "trainer", "trainerin", "sprecher", "manager", "managerin", "gründer",
    "gründerin", "autor", "autorin", "mitglied", "vorstand", "beauftragte", "beauftragter", "kommissar", "kommissarin",
    "staatsanwalt", "staatsanwältin", "general", "kandidat", "kandidatin", "premier", "premierministerin", "könig",
    "königin", "senator", "senatorin", "regisseur", "regisseurin", "wissenschaftler", "wissenschaftlerin", "forscher",
    "forscherin",
];

/// Interview labels that mark a question without naming the interviewer ("Frage: …"):
/// `known` does not take them for an outlet, `quotes` lists their turns as questions.
pub(crate) const QUESTION_LABELS: &[&str] = &["frage", "f", "interviewer", "interviewerin", "moderator", "moderatorin"];

/// Nominative personal pronouns: a subject by themselves.
pub(crate) const PRONOUNS: &[&str] = &[
    "er", "sie", "es", "ich", "wir", "man", "ihr", "du", "dieser", "diese", "jener", "letztere", "letzterer",
    "erstere", "ersterer",
];

/// Determiners and words that start a noun phrase.
pub(crate) const DETERMINERS: &[&str] = &[
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "einen", "einem", "eines", "dieser", "diese",
    "dieses", "diesem", "diesen", "sein", "seine", "seiner", "seinem", "seinen", "ihr", "ihre", "ihrer", "ihrem",
    "ihren", "unser", "unsere", "beide", "beiden", "zwei", "drei", "mehrere", "einige", "viele", "zahlreiche", "alle",
    "andere", "weitere", "jener", "jene", "kein", "keine",
    // Genitive relatives and demonstratives before their noun: "erklärte dessen Präsident".
    "dessen", "deren",
];
