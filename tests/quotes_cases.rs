//! Who said what: one row for each kind of fault found in quotation attribution, with the
//! committed model (`model/ner.bin`), the tagger readers get.
//!
//! Each row is a short text in our own words and every quotation the analysis must list, in
//! text order: its type, its words, its speaker as written, and, where the row says so, the cue
//! and the entity the speaker resolves to. A row marked `known` is a fault not fixed yet: the
//! test checks that it *still* fails, so a fix that makes it pass must remove the mark. The
//! rows' shape and their check are shared with `tests/quotes_frame.rs`
//! (`tests/support/quote_table.rs`).

#[path = "support/quote_table.rs"]
mod quote_table;

use newslens::engine::{analyze, Format, QuoteKind};
use quote_table::{analyse, case, check, cued, known, q, resolved, tagger, Case};

use QuoteKind::{Direct, FreeIndirect, Indirect, IndirectFreeIndirect, Reported};

const CASES: &[Case] = &[
    // 1. The speaker is the subject of the cue verb, not the sentence's first noun phrase.
    case(
        "adverb first, subject after the verb",
        "Demgegenüber sagte Konteradmiral Paul Weber, die Soldaten seien in einen Hinterhalt geraten.",
        &[q(Indirect, "die Soldaten seien in einen Hinterhalt geraten", "Konteradmiral Paul Weber")],
    ),
    case(
        "adverb first, subject after the verb (variant)",
        "Anschließend erklärte Bürgermeisterin Petra Lang, die Brücke werde im Herbst gesperrt.",
        &[q(Indirect, "die Brücke werde im Herbst gesperrt", "Bürgermeisterin Petra Lang")],
    ),
    case(
        "a fronted object in the sentence before",
        "Den Vorschlag lehnte der Verband ab. „Das ist nicht bezahlbar“, sagte Verbandschefin Ilse Brandt.",
        &[q(Direct, "„Das ist nicht bezahlbar“", "Verbandschefin Ilse Brandt")],
    ),
    case(
        "a fronted object, the speaker after the quote (variant)",
        "Die Kritik der Opposition hielt die Regierung für übertrieben. „Wir haben alles richtig gemacht“, \
         betonte Ressortchef Karl Brenner.",
        &[q(Direct, "„Wir haben alles richtig gemacht“", "Ressortchef Karl Brenner")],
    ),
    case(
        "a fronted object before a colon frame",
        "Bürgermeister Tim Roth kennt die Pläne.\nDas Angebot der Stadt lehnt er jedoch ab: „Das reicht nicht.“",
        &[resolved(Direct, "„Das reicht nicht.“", "er", "Tim Roth")],
    ),
    case(
        "whose view a judgement is: für X ist names the quotation's speaker, and is no statement of its own",
        "Für die Ärztin Sarah Lind ist die Lage auf der Station „dramatisch“.",
        &[q(Direct, "„dramatisch“", "die Ärztin Sarah Lind")],
    ),
    case(
        "hieß es vom: the source after the preposition",
        "„Wir prüfen den Fall“, hieß es vom Landesverband der Grünen.",
        &[q(Direct, "„Wir prüfen den Fall“", "Landesverband der Grünen")],
    ),
    case(
        "a partial quote belongs to its own sentence's named subject",
        "Der Bürgermeister sagte, der Plan sei fertig.\nStadträtin Petra Holm will den Plan „noch einmal gründlich prüfen“.",
        &[
            q(Indirect, "der Plan sei fertig", "Der Bürgermeister"),
            q(Direct, "„noch einmal gründlich prüfen“", "Stadträtin Petra Holm"),
        ],
    ),
    case(
        "a quoted name of a paper is the speaker",
        "„Das ist ein Durchbruch“, schreibt die „Allgemeine Rundschau“.",
        &[q(Direct, "„Das ist ein Durchbruch“", "die „Allgemeine Rundschau“")],
    ),
    case(
        "expletive es is never the speaker",
        "Es gebe „keine Hinweise“ auf eine Gefahr, erklärte die Polizei.",
        &[q(Indirect, "Es gebe „keine Hinweise“ auf eine Gefahr", "die Polizei"), q(Direct, "„keine Hinweise“", "die Polizei")],
    ),
    case(
        "expletive es is never the speaker (variant)",
        "Es sei „ein schwerer Fehler“ gewesen, sagte der Trainer nach dem Spiel.",
        &[q(Indirect, "Es sei „ein schwerer Fehler“ gewesen", "der Trainer"), q(Direct, "„ein schwerer Fehler“", "der Trainer")],
    ),
    case(
        "an abstract noun first is not the speaker",
        "Der Grund für die Absage sei das Wetter, teilte der Veranstalter mit.",
        &[q(Indirect, "Der Grund für die Absage sei das Wetter", "der Veranstalter")],
    ),
    case(
        "a fronted dative is not the subject",
        "Der Zeitung sagte der Minister: „Wir sparen.“",
        &[q(Direct, "„Wir sparen.“", "der Minister")],
    ),
    case(
        "a fronted dative is not the subject (variant)",
        "Den Reportern erklärte die Ministerin: „Das Gesetz kommt.“",
        &[q(Direct, "„Das Gesetz kommt.“", "die Ministerin")],
    ),
    case(
        "a newspaper in the dative is not the subject",
        "Der Süddeutschen Zeitung sagte Ministerin Anna Berg: „Wir prüfen das.“",
        &[q(Direct, "„Wir prüfen das.“", "Ministerin Anna Berg")],
    ),
    // 1b. A separable verb's participle ("zugesichert", "mitgeteilt") leaves the finite
    // position to its auxiliary; the subject may follow that auxiliary.
    case(
        "subject after the auxiliary of a separable participle",
        "So hatte die frühere Verkehrsministerin Jana Okafor noch im Frühjahr zugesichert: „Die Strecke bleibt offen.“",
        &[q(Direct, "„Die Strecke bleibt offen.“", "die frühere Verkehrsministerin Jana Okafor")],
    ),
    case(
        "subject after the auxiliary of a separable participle (variant)",
        "Damals hatte der Landrat Tomas Berg ausdrücklich mitgeteilt: „Wir schließen keine Schule.“",
        &[q(Direct, "„Wir schließen keine Schule.“", "der Landrat Tomas Berg")],
    ),
    case(
        "subject after the auxiliary of a separable participle (indirect)",
        "Am Montag hatte Stadtkämmerer Leif Janssen klargestellt, die Gebühren würden nicht steigen.",
        &[q(Indirect, "die Gebühren würden nicht steigen", "Stadtkämmerer Leif Janssen")],
    ),
    // 1c. A focus particle ("auch", "selbst") shares the first position with the subject it
    // stresses; the subject does not move behind the verb.
    case(
        "focus particle before the subject",
        "Auch der frühere Torwart Nils Ekström betonte, die Abwehr habe „so sicher wie nie“ gestanden.",
        &[
            q(Indirect, "die Abwehr habe „so sicher wie nie“ gestanden", "der frühere Torwart Nils Ekström"),
            q(Direct, "„so sicher wie nie“", "der frühere Torwart Nils Ekström"),
        ],
    ),
    case(
        "focus particle before a subject with an apposition",
        "Auch die Leiterin der Delegation, Mara Lindqvist, zeigte sich zufrieden: „Wir haben viel erreicht.“",
        &[q(Direct, "„Wir haben viel erreicht.“", "die Leiterin der Delegation")],
    ),
    case(
        "focus particle before a subject whose object follows the verb",
        "Selbst die Bürgermeisterin Petra Holm äußerte Zweifel und sagte: „Das wird teuer.“",
        &[q(Direct, "„Das wird teuer.“", "die Bürgermeisterin Petra Holm")],
    ),
    // 1d. A colon frame whose first phrase is an object or a thing: the speaker follows the
    // finite verb, also after a long adverbial.
    case(
        "object first, pronoun after the verb, colon frame",
        "Den Vorschlag der Verwaltung, die Bäder zu schließen, lehnt sie entschieden ab: „Das kommt nicht in Frage.“",
        &[q(Direct, "„Das kommt nicht in Frage.“", "sie")],
    ),
    case(
        "object first, name after the verb, colon frame",
        "Jede Schuld an dem Unfall auf der Baustelle weist Okafor von sich: „Ich habe alle Regeln befolgt.“",
        &[q(Direct, "„Ich habe alle Regeln befolgt.“", "Okafor")],
    ),
    case(
        "object first, a role and name after the verb, colon frame",
        "Den Ärger der Eltern über die Pläne brachte die Sprecherin des Elternrats, Mia Sommer, auf den Punkt: \
         „So geht es nicht weiter.“",
        &[q(Direct, "„So geht es nicht weiter.“", "die Sprecherin des Elternrats")],
    ),
    case(
        "long adverbial first, colon frame",
        "Während der Debatte über den Haushalt der Stadt für das kommende Jahr hatte sich Berg zu einem Zwischenruf \
         hinreißen lassen: „Das zahlen am Ende wieder die Mieter.“",
        &[q(Direct, "„Das zahlen am Ende wieder die Mieter.“", "Berg")],
    ),
    // 1e. With a speech verb too, a first phrase that cannot speak (an object, or a heading run
    // into the sentence) yields to a person after the verb; a body before the verb keeps it.
    case(
        "object first, role after the cue verb",
        "Den Entwurf des Haushalts hatte die Finanzministerin am Montag verteidigt: „Wir sparen, wo es geht.“",
        &[q(Direct, "„Wir sparen, wo es geht.“", "die Finanzministerin")],
    ),
    case(
        "heading run into the sentence, name after the cue verb",
        "Neue Pläne Schon im Mai hatte Bürgermeisterin Petra Holm angekündigt: „Das Bad wird saniert.“",
        &[q(Direct, "„Das Bad wird saniert.“", "Bürgermeisterin Petra Holm")],
    ),
    case(
        "a parliament before the verb keeps it",
        "Das Parlament hat die Ministerin aufgefordert, die Pläne „sofort und vollständig“ offenzulegen.",
        &[
            q(Indirect, "die Pläne „sofort und vollständig“ offenzulegen", "Das Parlament"),
            q(Direct, "„sofort und vollständig“", "Das Parlament"),
        ],
    ),
    // 1f. A colon after a list of speakers: the last one speaks.
    case(
        "the last of a list before a colon",
        "Viele gratulierten, so der Bürgermeister, die Landrätin, und der Vorsitzende des Vereins Tomas Berg: \
         „Das habt ihr euch verdient.“",
        &[q(Direct, "„Das habt ihr euch verdient.“", "der Vorsitzende des Vereins Tomas Berg")],
    ),
    // 1g. A quotation without a frame of its own inside reported speech is that speech's
    // words, by its speaker.
    case(
        "partial quote in reported speech with a later frame",
        "Die Stadt müsse „endlich und ohne weitere Ausreden“ handeln, so Okafor.",
        &[
            q(Indirect, "Die Stadt müsse „endlich und ohne weitere Ausreden“ handeln", "Okafor"),
            q(Direct, "„endlich und ohne weitere Ausreden“", "Okafor"),
        ],
    ),
    case(
        "partial quote in reported speech with a later frame (variant)",
        "Der Verein habe „alle Fristen versäumt“ und werde nun bestraft, erklärte Schiedsrichterin Jana Berg.",
        &[
            q(Indirect, "Der Verein habe „alle Fristen versäumt“ und werde nun bestraft", "Schiedsrichterin Jana Berg"),
            q(Direct, "„alle Fristen versäumt“", "Schiedsrichterin Jana Berg"),
        ],
    ),
    // 1h. The expletive "es" is nobody: "Es drohe „…“" continues the speaker before.
    case(
        "expletive es before a cue-shaped verb",
        "Okafor sagte, die Lage sei ernst. Es drohe „ein Winter ohne Heizung für viele Familien“.",
        &[q(Indirect, "die Lage sei ernst", "Okafor"), q(Direct, "„ein Winter ohne Heizung für viele Familien“", "Okafor")],
    ),
    // 1i. A passive names the speaker as its agent, except "zitiert", whose subject is the one
    // quoted.
    case(
        "passive with its agent",
        "Der Plan wurde vom Bund der Steuerzahler als „reine Geldverschwendung“ kritisiert.",
        &[q(Direct, "„reine Geldverschwendung“", "Bund der Steuerzahler")],
    ),
    case(
        "impersonal passive with its agent",
        "Es wurde von der Ministerin die Sorge geäußert, die Preise würden „noch lange“ hoch bleiben.",
        &[
            q(Indirect, "die Preise würden „noch lange“ hoch bleiben", "der Ministerin"),
            q(Direct, "„noch lange“", "der Ministerin"),
        ],
    ),
    case(
        "passive of zitieren: the subject is quoted",
        "Bürgermeister Tim Roth wird von der Zeitung mit den Worten zitiert: „Wir halten Wort.“",
        &[q(Direct, "„Wir halten Wort.“", "Bürgermeister Tim Roth")],
    ),
    // 1j. A translation in brackets is no quotation; words in brackets that end a sentence are.
    case(
        "translation in brackets",
        "Die Aktion „Open Doors“ („offene Türen“) beginnt am Samstag.",
        &[],
    ),
    case(
        "translation in brackets after a gloss word",
        "Die Partei „Stronnictwo Ludowe“ (etwa: „Partei des Volkes“) trat nicht an.",
        &[],
    ),
    case(
        "a sentence in brackets is still speech",
        "Viele gratulierten, etwa die Trainerin Mara Lindqvist („Das hat sie sich verdient.“), und andere.",
        &[q(Direct, "„Das hat sie sich verdient.“", "*")],
    ),
    // 1k. The frame right after the closing mark, the comma set inside the marks; an auxiliary
    // among the quoted words is not the frame's finite verb.
    case(
        "comma inside the marks, participle-shaped cue",
        "„Die Schulen müssen saniert werden, und zwar bald,“ betont sie.",
        &[q(Direct, "„Die Schulen müssen saniert werden, und zwar bald,“", "sie")],
    ),
    case(
        "comma inside the marks, name after the cue",
        "„Wir haben lange gewartet,“ erklärt Bürgermeister Tim Roth.",
        &[q(Direct, "„Wir haben lange gewartet,“", "Bürgermeister Tim Roth")],
    ),
    // 1l. Active "zitieren": the person quoted is the object; a medium or "man" only passes
    // the words on.
    case(
        "zitiert with the person as object",
        "Die Zeitung zitiert den Trainer mit den Worten „Wir geben nicht auf.“",
        &[q(Direct, "„Wir geben nicht auf.“", "den Trainer")],
    ),
    case(
        "zitierte man, the person after it",
        "„Wir wurden nicht gefragt“, zitierte man Mara Lindqvist vom Stadtrat.",
        &[q(Direct, "„Wir wurden nicht gefragt“", "Mara Lindqvist")],
    ),
    case(
        "zitiert by a person keeps its subject",
        "Bürgermeister Tim Roth zitierte aus dem Brief: „Wir bitten um Geduld.“",
        &[q(Direct, "„Wir bitten um Geduld.“", "Bürgermeister Tim Roth")],
    ),
    // 1m. "hatte es geheißen": the impersonal cue in the perfect, its source in the adverbial.
    case(
        "impersonal cue in the perfect",
        "In einem Schreiben des Verbands hatte es geheißen: „Die Preise steigen weiter.“",
        &[q(Direct, "„Die Preise steigen weiter.“", "einem Schreiben des Verbands")],
    ),
    // 1n. The full stop of an abbreviation ("Inc.", "e.V.") ends no sentence: such a quoted
    // name is not speech.
    case(
        "company name ending in an abbreviation",
        "Die Holding „Nordlicht Energy Inc.“ übernimmt den Betrieb im Herbst.",
        &[],
    ),
    case(
        "association name with e.V. inside",
        "Zum Fest luden die „Freunde des Stadtparks e.V. (FdS)“ und die Stadt ein.",
        &[],
    ),
    case(
        "a quoted sentence still ends with its full stop",
        "Die Trainerin sagte: „Wir spielen morgen wieder.“",
        &[q(Direct, "„Wir spielen morgen wieder.“", "Die Trainerin")],
    ),
    // 1o. A name in title case after an article is a name even with a frame after it.
    case(
        "newspaper title after a genitive article, a cue after it",
        "Jana Berg, die Chefin der „Nordsee Rundschau Heute“, bestätigt in einem Brief den Bericht.",
        &[],
    ),
    case(
        "one capitalised word after an article can still be a word someone used",
        "Der Minister nannte den Bericht eine „Zeitungsente“.",
        &[q(Direct, "„Zeitungsente“", "Der Minister")],
    ),
    // 1p. A subordinate clause whose cue is followed by its auxiliary ("betont hatte,") still
    // ends with the verb; its subject is the speaker. "zumal" opens such a clause.
    case(
        "zumal clause, cue with a trailing auxiliary",
        "Der Richter blieb hart, zumal Verteidiger Jonas Keller immer wieder betont hatte, der Angeklagte sei „nie auffällig“ gewesen.",
        &[
            q(Indirect, "der Angeklagte sei „nie auffällig“ gewesen", "Verteidiger Jonas Keller"),
            q(Direct, "„nie auffällig“", "Verteidiger Jonas Keller"),
        ],
    ),
    case(
        "wie clause, cue with a trailing auxiliary",
        "Wie die Feuerwehr mitgeteilt hatte, sei das Feuer „rasch unter Kontrolle“ gewesen.",
        &[
            q(Indirect, "sei das Feuer „rasch unter Kontrolle“ gewesen", "die Feuerwehr"),
            q(Direct, "„rasch unter Kontrolle“", "die Feuerwehr"),
        ],
    ),
    // 1q. "letztere" / "erstere" stand for a person named before.
    case(
        "so letztere",
        "Vor dem Rathaus standen Jana Berg und Mara Lindqvist. „Wir bleiben, bis der Rat entscheidet“, so letztere.",
        &[q(Direct, "„Wir bleiben, bis der Rat entscheidet“", "letztere")],
    ),
    case(
        "sagte erstere",
        "Jana Berg und Mara Lindqvist kamen zu spät. „Der Zug stand eine Stunde“, sagte erstere.",
        &[q(Direct, "„Der Zug stand eine Stunde“", "erstere")],
    ),
    // 1r. A verb split from its particle, or an auxiliary before the participle, stands
    // second: "Als Begründung …" is then an adverbial, not a subordinate clause.
    case(
        "als with a noun, separable verb split",
        "Als Begründung gaben die Behörden an, der Zug sei überfüllt gewesen.",
        &[q(Indirect, "der Zug sei überfüllt gewesen", "die Behörden")],
    ),
    case(
        "als with a noun, auxiliary before the participle",
        "Als Grund hat die Stadt angegeben, die Kosten seien gestiegen.",
        &[q(Indirect, "die Kosten seien gestiegen", "die Stadt")],
    ),
    case(
        "a real als clause still ends with its verb",
        "Als der Minister das Werk besuchte, sagte er, die Arbeit sei sicher.",
        &[q(Indirect, "die Arbeit sei sicher", "er")],
    ),
    // 2. A name in an apposition is the speaker.
    case(
        "apposition with a name",
        "Die Vorsitzende des Verbandes, Miriam Hoffmann, erklärte dazu: „Wir klagen.“",
        &[resolved(Direct, "„Wir klagen.“", "Miriam Hoffmann", "Miriam Hoffmann")],
    ),
    case(
        "apposition with a name (variant)",
        "Der Sprecher der Stadtwerke, Jonas Keller, sagte am Montag: „Die Leitung ist repariert.“",
        &[resolved(Direct, "„Die Leitung ist repariert.“", "Jonas Keller", "Jonas Keller")],
    ),
    // 3. Attribution after a dash.
    Case {
        name: "attribution after a dash",
        text: "Werk bleibt\n\nDer Konzern hat seine Pläne für Sachsen geändert.\n\n„Wir bleiben hier.“ – Konzernchef Oliver Krämer",
        article: true,
        want: &[resolved(Direct, "„Wir bleiben hier.“", "Konzernchef Oliver Krämer", "Oliver Krämer")],
        known: false,
    },
    case(
        "attribution after a dash (variant, em dash, same paragraph)",
        "Die Mannschaft feierte bis in die Nacht. „Das war unser bestes Spiel.“ — Trainerin Maria Lutz",
        &[q(Direct, "„Das war unser bestes Spiel.“", "Trainerin Maria Lutz")],
    ),
    case(
        "attribution after a dash with so",
        "Der Umsatz stieg im dritten Quartal deutlich.\n„Wir investieren weiter.“ – so Finanzvorständin Lea Graf.",
        &[q(Direct, "„Wir investieren weiter.“", "Finanzvorständin Lea Graf")],
    ),
    case(
        "a dash inside a sentence is no attribution",
        "„Wir investieren weiter“ – das versprach der Vorstand schon im Frühjahr.",
        &[q(Direct, "„Wir investieren weiter“", "*")],
    ),
    // 4. Manner-of-speaking cues; speech without a recognised frame is still listed.
    case(
        "seufzte",
        "„Das tut weh“, seufzte Jana Vogt.",
        &[cued(Direct, "„Das tut weh“", "Jana Vogt", "seufzte")],
    ),
    case(
        "flüsterte",
        "„Wir kommen wieder“, flüsterte die Sängerin.",
        &[cued(Direct, "„Wir kommen wieder“", "die Sängerin", "flüsterte")],
    ),
    case(
        "hat geschimpft",
        "Der Wirt hat geschimpft: „Das ist eine Frechheit.“",
        &[cued(Direct, "„Das ist eine Frechheit.“", "Der Wirt", "geschimpft")],
    ),
    case(
        "widersprach",
        "„Das stimmt so nicht“, widersprach die Ministerin.",
        &[cued(Direct, "„Das stimmt so nicht“", "die Ministerin", "widersprach")],
    ),
    case(
        "lachte, with the speaker before",
        "Paula Sommer lachte: „Ich habe nie daran gezweifelt.“",
        &[cued(Direct, "„Ich habe nie daran gezweifelt.“", "Paula Sommer", "lachte")],
    ),
    case(
        "murmelte, in the present",
        "„Vielleicht morgen“, murmelt der alte Fischer.",
        &[cued(Direct, "„Vielleicht morgen“", "der alte Fischer", "murmelt")],
    ),
    case(
        "an unlisted verb opening the clause after the quote",
        "„Das war ein harter Kampf“, zeigte sich Trainerin Eva Brandt erleichtert.",
        &[cued(Direct, "„Das war ein harter Kampf“", "Trainerin Eva Brandt", "zeigte")],
    ),
    case(
        "an unlisted verb opening the clause after the quote (variant)",
        "„Wir bleiben dran“, ließ ein Sprecher der Stadt verlauten.",
        &[q(Direct, "„Wir bleiben dran“", "ein Sprecher der Stadt")],
    ),
    case(
        "speech without a frame is listed",
        "Die Bauern blockierten seit dem Morgen die Straße. „Wir haben keine Wahl mehr.“",
        &[q(Direct, "„Wir haben keine Wahl mehr.“", "*")],
    ),
    case(
        "a foreign name in quotation marks is not speech",
        "Am Abend hat die „Union Européenne de Radio-Télévision“, kurz EBU, das Ergebnis verkündet.",
        &[],
    ),
    case(
        "a title listed after a title is not speech",
        "Bekannt wurde sie mit den Filmen „Der Lotse“ oder „Wer lügt, verliert“.",
        &[],
    ),
    case(
        "a title is not speech",
        "Der Film „Die letzte Fahrt“ läuft ab Donnerstag im Kino.",
        &[],
    ),
    // 5. Indirect speech needs a reported clause, never a comma fragment.
    case("a comma fragment is no indirect quote", "Viele Anwohner begrüßten den Plan, auch die Feuerwehr.", &[]),
    case(
        "a comma fragment is no indirect quote (variant)",
        "Die Ministerin lobte die Helfer, vor allem die vielen Freiwilligen.",
        &[],
    ),
    case(
        "a verbless fragment after sagte is no indirect quote",
        "Das sagte der Bürgermeister, ein erfahrener Politiker aus der Region.",
        &[],
    ),
    case(
        "a statement before its frame with wie",
        "Der Zug blieb zwei Stunden im Tunnel stehen, wie die Bahn am Abend mitteilte.",
        &[q(Indirect, "Der Zug blieb zwei Stunden im Tunnel stehen", "die Bahn")],
    ),
    case(
        "wonach after a noun reports",
        "In der Stadt kursieren Berichte, wonach das Werk schließen müsse.",
        &[q(Indirect, "das Werk schließen müsse", "")],
    ),
    case(
        "a source noun heading a compound",
        "Nach einem Zeitungsbericht soll der Minister zurücktreten.",
        &[q(Indirect, "soll der Minister zurücktreten", "Zeitungsbericht")],
    ),
    case(
        "a dass clause is indirect speech",
        "Die Ärztin berichtete, dass die Station seit Wochen überlastet ist.",
        &[q(Indirect, "dass die Station seit Wochen überlastet ist", "Die Ärztin")],
    ),
    case(
        "the subject of a cue in a da clause",
        "Die Anwohner protestierten, da sie befürchten, der Lärm werde zunehmen.",
        &[q(Indirect, "der Lärm werde zunehmen", "sie")],
    ),
    case(
        "the subject of a cue in an ob clause (variant)",
        "Unklar blieb, ob die Ministerin glaubt, das Gesetz komme noch in diesem Jahr.",
        &[q(Indirect, "das Gesetz komme noch in diesem Jahr", "die Ministerin")],
    ),
    // 5b. "Demnach" opens what the report of the sentence before says.
    case(
        "demnach after a report",
        "Das Amt legte am Montag seinen Bericht vor. Demnach haben die Versorger keine Preise abgesprochen.",
        &[q(Indirect, "haben die Versorger keine Preise abgesprochen", "")],
    ),
    case(
        "demnach continues the speaker of a report",
        "Die Ministerin sagte, der Plan sei fertig. Demnach beginnt der Bau im Mai.",
        &[q(Indirect, "der Plan sei fertig", "Die Ministerin"), q(Indirect, "beginnt der Bau im Mai", "Die Ministerin")],
    ),
    case(
        "demzufolge too",
        "Das Gericht hat sein Urteil begründet. Demzufolge war die Kündigung unwirksam.",
        &[q(Indirect, "war die Kündigung unwirksam", "Das Gericht")],
    ),
    // 6. Interviews: labelled answers are the named person's words.
    Case {
        name: "interview with SPIEGEL-style labels",
        text: "Kultur braucht Geld\n\nClaudia Roth ist Kulturstaatsministerin. Mit dem SPIEGEL sprach sie über Museen.\n\n\
               SPIEGEL: Frau Roth, wie geht es weiter?\n\nRoth: Wir machen weiter wie bisher.\n\n\
               SPIEGEL: Auch ohne mehr Geld?\n\nRoth: Auch dann. Die Museen bleiben offen.",
        article: true,
        want: &[
            q(Direct, "Frau Roth, wie geht es weiter?", "SPIEGEL"),
            resolved(Direct, "Wir machen weiter wie bisher.", "Roth", "Claudia Roth"),
            q(Direct, "Auch ohne mehr Geld?", "SPIEGEL"),
            resolved(Direct, "Auch dann. Die Museen bleiben offen.", "Roth", "Claudia Roth"),
        ],
        known: false,
    },
    Case {
        name: "interview with Frage and a label in capitals",
        text: "Kommt die Krise?\n\nDer Ökonom Paul Ehrenberg warnt vor einer Rezession.\n\n\
               Frage: Herr Ehrenberg, kommt die Krise?\n\nEHRENBERG: Ja, sie kommt.\n\n\
               Frage: Wann?\n\nEHRENBERG: Im Herbst, denke ich.",
        article: true,
        want: &[
            // The lead is a reported statement of its own.
            q(Reported, "Der Ökonom Paul Ehrenberg warnt vor einer Rezession", "Der Ökonom Paul Ehrenberg"),
            q(Direct, "Herr Ehrenberg, kommt die Krise?", ""),
            resolved(Direct, "Ja, sie kommt.", "EHRENBERG", "Paul Ehrenberg"),
            q(Direct, "Wann?", ""),
            resolved(Direct, "Im Herbst, denke ich.", "EHRENBERG", "Paul Ehrenberg"),
        ],
        known: false,
    },
    Case {
        name: "interview with a full-name label and a paragraph the answer continues",
        text: "Die Stadt spart\n\nAnna Kurz ist seit Mai Bürgermeisterin von Celle.\n\n\
               Frage: Wie geht es der Stadt?\n\nAnna Kurz: Besser als gedacht.\n\n\
               Frage: Und die Finanzen?\n\nAnna Kurz: Die sind solide, sagt der Kämmerer.",
        article: true,
        want: &[
            q(Direct, "Wie geht es der Stadt?", ""),
            resolved(Direct, "Besser als gedacht.", "Anna Kurz", "Anna Kurz"),
            q(Direct, "Und die Finanzen?", ""),
            resolved(Direct, "Die sind solide, sagt der Kämmerer.", "Anna Kurz", "Anna Kurz"),
        ],
        known: false,
    },
    case(
        "labels of people who are never asked are not an interview",
        "Ilse Brandt leitet den Verband, Tim Roth die Stadt.\nBrandt: Wir klagen.\nRoth: Wir warten ab.",
        &[],
    ),
    case(
        "topic labels are not interview answers",
        "Steuern: Die Partei will die Steuern für kleine Einkommen senken.\n\
         Rente: Das Rentenalter soll bei 67 Jahren bleiben.\nBildung: Schulen bekommen mehr Geld.",
        &[],
    ),
    // 7. Descriptions resolve to a person only where the text ties them.
    case(
        "organisations and descriptions are not the last person named",
        "Den Vorschlag lehnte der Verband ab. „Das ist nicht bezahlbar“, sagte Verbandschefin Ilse Brandt.\n\
         Es gebe „keine Hinweise“ auf eine Gefahr, erklärte die Polizei.\n\
         Die Vorsitzende des Verbandes, Miriam Hoffmann, erklärte dazu: „Wir klagen.“",
        &[
            resolved(Direct, "„Das ist nicht bezahlbar“", "Verbandschefin Ilse Brandt", "Ilse Brandt"),
            resolved(Indirect, "Es gebe „keine Hinweise“ auf eine Gefahr", "die Polizei", "-"),
            resolved(Direct, "„keine Hinweise“", "die Polizei", "-"),
            resolved(Direct, "„Wir klagen.“", "Miriam Hoffmann", "Miriam Hoffmann"),
        ],
    ),
    case(
        "the same role word ties a description to its person",
        "Verbandschefin Ilse Brandt kritisierte den Plan scharf.\n„Das ist Unsinn“, sagte die Verbandschefin.",
        &[resolved(Direct, "„Das ist Unsinn“", "die Verbandschefin", "Ilse Brandt")],
    ),
    case(
        "an indefinite description is somebody new",
        "Anna Weber besuchte am Morgen das Werk.\n„Die Lage ist ernst“, sagte ein Sprecher des Ministeriums.",
        &[resolved(Direct, "„Die Lage ist ernst“", "ein Sprecher des Ministeriums", "-")],
    ),
    case(
        "a group noun never resolves to a person",
        "Bürgermeister Tim Roth stellte den Plan vor.\n„Wir wollen hier wohnen bleiben“, sagten die Anwohner.",
        &[resolved(Direct, "„Wir wollen hier wohnen bleiben“", "die Anwohner", "-")],
    ),
    case(
        "an organisation noun never resolves to a person",
        "Ministerin Sarah Kühn besuchte die Klinik.\n„Die Pläne liegen vor“, teilte das Ministerium mit.",
        &[resolved(Direct, "„Die Pläne liegen vor“", "das Ministerium", "-")],
    ),
    case(
        "a masculine group noun never resolves to a person",
        "Trainer Jonas Beck lobte sein Team.\n„Wir zahlen die Strafe nicht“, erklärte der Verein.",
        &[resolved(Direct, "„Wir zahlen die Strafe nicht“", "der Verein", "-")],
    ),
    case(
        "a pronoun still resolves to the person named before",
        "Bürgermeister Tim Roth stellte den Plan am Montag vor.\n„Wir fangen im Mai an“, sagte er.",
        &[resolved(Direct, "„Wir fangen im Mai an“", "er", "Tim Roth")],
    ),
    // 7b. Among the people named before, a pronoun or description takes the one that agrees
    // with it and is most prominent: gender stated by a role word, "Frau" or "Herr", a full
    // name, the sentence's subject, the last speaker; never a person named inside a quotation.
    case(
        "a feminine pronoun skips the man named last",
        "Ministerin Anna Berg traf am Morgen Minister Karl Stein.\n„Wir sind uns einig“, sagte sie.",
        &[resolved(Direct, "„Wir sind uns einig“", "sie", "Anna Berg")],
    ),
    case(
        "a masculine pronoun skips the woman named last",
        "Minister Karl Stein traf am Morgen Ministerin Anna Berg.\n„Wir sind uns einig“, sagte er.",
        &[resolved(Direct, "„Wir sind uns einig“", "er", "Karl Stein")],
    ),
    case(
        "Frau and Herr state the gender",
        "Herr Lenz und Frau Okafor leiten das Projekt.\n„Es läuft gut“, sagte sie.\n„Noch nicht ganz“, sagte er.",
        &[
            resolved(Direct, "„Es läuft gut“", "sie", "Okafor"),
            resolved(Direct, "„Noch nicht ganz“", "er", "Lenz"),
        ],
    ),
    case(
        "the role word in a compound states the gender",
        "SPD-Chefin Anna Berg und CDU-Chef Karl Stein stritten lange.\n„Das war fair“, sagte sie danach.",
        &[resolved(Direct, "„Das war fair“", "sie", "Anna Berg")],
    ),
    case(
        "a feminine description takes the woman",
        "Ministerin Anna Berg und Bürgermeister Karl Stein besuchten die Schule.\n\
         „Hier fehlt Geld“, sagte die Ministerin.",
        &[resolved(Direct, "„Hier fehlt Geld“", "die Ministerin", "Anna Berg")],
    ),
    case(
        "a person named inside a quotation is spoken about, not speaking",
        "Trainer Jonas Beck sprach nach dem Spiel.\n„Ohne Marco Reus wäre das nicht gegangen“, sagte er.\n\
         „Wir feiern heute“, sagte er dann.",
        &[
            resolved(Direct, "„Ohne Marco Reus wäre das nicht gegangen“", "er", "Jonas Beck"),
            resolved(Direct, "„Wir feiern heute“", "er", "Jonas Beck"),
        ],
    ),
    case(
        "the last speaker is referred back to before a person only mentioned",
        "„Wir bauen“, sagte Bürgermeister Tim Roth.\nDer Plan stammt von Architekt Paul Sommer.\n\
         „Im Mai geht es los“, sagte er.",
        &[
            resolved(Direct, "„Wir bauen“", "Bürgermeister Tim Roth", "Tim Roth"),
            resolved(Direct, "„Im Mai geht es los“", "er", "Tim Roth"),
        ],
    ),
    case(
        "a pronoun does not reach back further than a few sentences",
        "Bürgermeister Tim Roth eröffnete das Fest.\nEs regnete.\nDie Bühne war nass.\nDer Wind war kalt.\n\
         Die Musik spielte.\nDie Gäste blieben.\nDer Abend war lang.\n„Es war schön“, sagte er.",
        &[resolved(Direct, "„Es war schön“", "er", "-")],
    ),
    case(
        "a name inside a compound is not the speaker",
        "Der NATO-Chef sprach in Brüssel.\n„Wir stehen zusammen“, sagte der NATO-Chef.",
        &[resolved(Direct, "„Wir stehen zusammen“", "der NATO-Chef", "-")],
    ),
    case(
        "of two alike, the one named last",
        "Ministerin Anna Berg eröffnete die Sitzung.\nDanach sprach Ministerin Eva Lang.\n„Wir sind bereit“, sagte sie.",
        &[resolved(Direct, "„Wir sind bereit“", "sie", "Eva Lang")],
    ),
    case(
        "a full name outweighs a closer surname",
        "Ministerin Anna Berg sprach mit Frau Okafor.\n„Wir kommen voran“, sagte sie.",
        &[resolved(Direct, "„Wir kommen voran“", "sie", "Anna Berg")],
    ),
    case(
        "the subject opening a sentence outweighs a closer object",
        "Lindqvist traf am Abend Okafor.\n„Das war gut“, sagte sie.",
        &[resolved(Direct, "„Das war gut“", "sie", "Lindqvist")],
    ),
    case(
        "a person named often outweighs one named once, closer",
        "Zuerst kam Lindqvist.\nDann kam Lindqvist wieder.\nDanach kam Lindqvist noch einmal.\nZuletzt kam Okafor.\n\
         „Es reicht“, sagte sie.",
        &[resolved(Direct, "„Es reicht“", "sie", "Lindqvist")],
    ),
    case(
        "the last speaker outweighs several people named since",
        "„Wir bauen“, sagte Bürgermeister Tim Roth.\nDer Plan stammt von Paul Sommer, Lea Kurz, Jan Ott und Eva Lang.\n\
         „Im Mai geht es los“, sagte er.",
        &[
            resolved(Direct, "„Wir bauen“", "Bürgermeister Tim Roth", "Tim Roth"),
            resolved(Direct, "„Im Mai geht es los“", "er", "Tim Roth"),
        ],
    ),
    case(
        "a pronoun keeps the last speaker when the person was named long before",
        "Bürgermeister Tim Roth eröffnete das Fest.\nEs regnete.\nDie Bühne war nass.\nDer Wind war kalt.\n\
         Die Musik spielte.\n„Es ist schön“, sagte er.\nDie Gäste blieben.\nDer Abend war lang.\nEs wurde spät.\n\
         „Wir kommen wieder“, sagte er.",
        &[
            resolved(Direct, "„Es ist schön“", "er", "Tim Roth"),
            resolved(Direct, "„Wir kommen wieder“", "er", "Tim Roth"),
        ],
    ),
    case(
        "a pronoun never continues an organisation",
        "„Wir wachsen“, teilte Siemens mit.\n„Es läuft gut“, sagte er.",
        &[resolved(Direct, "„Wir wachsen“", "Siemens", "Siemens"), resolved(Direct, "„Es läuft gut“", "er", "-")],
    ),
    case(
        "a pronoun does not continue a speaker of the other gender",
        "Ministerin Anna Berg eröffnete das Fest.\nEs regnete.\nDie Bühne war nass.\nDer Wind war kalt.\n\
         Die Musik spielte.\n„Es ist schön“, sagte sie.\nDie Gäste blieben.\nDer Abend war lang.\nEs wurde spät.\n\
         „Wir kommen wieder“, sagte er.",
        &[resolved(Direct, "„Es ist schön“", "sie", "Anna Berg"), resolved(Direct, "„Wir kommen wieder“", "er", "-")],
    ),
    case(
        "a name without a role word has no gender",
        "Gestern sprach Anna Berg im Landtag.\n„Wir brauchen Geld“, sagte sie.",
        &[resolved(Direct, "„Wir brauchen Geld“", "sie", "Anna Berg")],
    ),
    case(
        "a demonstrative before a noun that names no person",
        "Minister Karl Stein besuchte das Werk.\n„Wir wachsen weiter“, erklärte dieser Konzern.\n\
         Ministerin Anna Berg besuchte die Fabrik.\n„Wir bauen aus“, erklärte diese Firma.",
        &[
            resolved(Direct, "„Wir wachsen weiter“", "dieser Konzern", "-"),
            resolved(Direct, "„Wir bauen aus“", "diese Firma", "-"),
        ],
    ),
    case(
        "a group noun never resolves to a person (a woman named before)",
        "Bürgermeisterin Petra Lang stellte den Plan vor.\n„Wir bleiben hier“, sagten die Anwohner.",
        &[resolved(Direct, "„Wir bleiben hier“", "die Anwohner", "-")],
    ),
    // 8. Reported speech: a speech act with its content as an object, the whole sentence as the
    // data set marks it. Only the acts that the training split marks reliably are listed, each
    // with what it needs (fordern and empfehlen with an object, fordern and aufrufen also with
    // "auf" and what is asked for after "zu"; sprechen and berichten with
    // "von"; warnen with "vor"; vorwerfen and "ausgehen von" with their particle; beziffern
    // and verweisen with their preposition; bezeichnen, nennen and werten without quoted
    // words; "Als Grund nannte"); ankündigen and other acts that ask for or announce something
    // are group 32.
    case(
        "forderte with an object",
        "Die Gewerkschaft forderte am Dienstag eine rasche Entscheidung über die Löhne.",
        &[q(Reported, "Die Gewerkschaft forderte am Dienstag eine rasche Entscheidung über die Löhne", "Die Gewerkschaft")],
    ),
    case(
        "warnte vor, by a body the noun lists lack",
        "Der Wetterdienst warnte vor schweren Gewittern in Bayern.",
        &[q(Reported, "Der Wetterdienst warnte vor schweren Gewittern in Bayern", "Der Wetterdienst")],
    ),
    case(
        "warnte vor",
        "Die Polizei warnte vor Glätte auf den Straßen im Allgäu.",
        &[q(Reported, "Die Polizei warnte vor Glätte auf den Straßen im Allgäu", "Die Polizei")],
    ),
    case(
        "warf vor, with an adverbial first",
        "Am Abend warf die Opposition dem Minister Untätigkeit vor.",
        &[q(Reported, "Am Abend warf die Opposition dem Minister Untätigkeit vor", "die Opposition")],
    ),
    case(
        "forderte in a subordinate clause is no statement of its own",
        "Nachdem die Gewerkschaft mehr Lohn forderte, begannen die Gespräche.",
        &[],
    ),
    case(
        "kündigte an",
        "Die Bahn kündigte einen neuen Fahrplan für den Winter an.",
        &[q(Reported, "Die Bahn kündigte einen neuen Fahrplan für den Winter an", "Die Bahn")],
    ),
    case(
        "sprach von",
        "Die Feuerwehr sprach von einem großen Glück für die Anwohner.",
        &[q(Reported, "Die Feuerwehr sprach von einem großen Glück für die Anwohner", "Die Feuerwehr")],
    ),
    case(
        "sprach von, with an adverbial first (variant)",
        "In einem Gespräch mit Reportern sprach die Ministerin von einem Durchbruch.",
        &[q(Reported, "In einem Gespräch mit Reportern sprach die Ministerin von einem Durchbruch", "die Ministerin")],
    ),
    case(
        "sprach mit someone tells of a talk, not of what was said",
        "Der Bürgermeister sprach am Abend mit den Anwohnern über den Plan.",
        &[],
    ),
    case(
        "sprach sich aus takes a stand",
        "Die Ministerin sprach sich für eine neue Abgabe aus.",
        &[],
    ),
    case(
        "berichtete von",
        "Der Sender berichtete von zahlreichen Verletzten in der Altstadt.",
        &[q(Reported, "Der Sender berichtete von zahlreichen Verletzten in der Altstadt", "Der Sender")],
    ),
    case(
        "berichtete über is news, not a statement",
        "Die Zeitung berichtete am Montag über den Streit im Stadtrat.",
        &[],
    ),
    case(
        "geht von … aus",
        "Die Polizei geht von einem Unfall aus.",
        &[q(Reported, "Die Polizei geht von einem Unfall aus", "Die Polizei")],
    ),
    case(
        "geht von … aus after an adverbial clause, the subject after the verb, the statement from the verb (variant)",
        "Weil die Spuren eindeutig sind, geht die Polizei von Brandstiftung aus.",
        &[q(Reported, "geht die Polizei von Brandstiftung aus", "die Polizei")],
    ),
    case(
        "bezeichnete als without quoted words",
        "Der Trainer bezeichnete die Niederlage als verdient.",
        &[q(Reported, "Der Trainer bezeichnete die Niederlage als verdient", "Der Trainer")],
    ),
    case(
        "bezeichnete als with quoted words is a direct quotation only",
        "Der Trainer bezeichnete die Niederlage als „verdient“.",
        &[q(Direct, "„verdient“", "Der Trainer")],
    ),
    case(
        "nannte with two objects (variant)",
        "Die Ärztin nannte den Plan einen Fehler.",
        &[q(Reported, "Die Ärztin nannte den Plan einen Fehler", "Die Ärztin")],
    ),
    case(
        "Als Grund nannte",
        "Als Grund nannte die Stadt die hohen Kosten.",
        &[q(Reported, "Als Grund nannte die Stadt die hohen Kosten", "die Stadt")],
    ),
    case(
        "Als Grund nannte with an infinitive clause reports in another form",
        "Als Grund nannte die Stadt, den Bürgern mehr Zeit zu geben.",
        &[],
    ),
    case(
        "bezifferte auf",
        "Der Verband bezifferte den Schaden auf zwei Millionen Euro.",
        &[q(Reported, "Der Verband bezifferte den Schaden auf zwei Millionen Euro", "Der Verband")],
    ),
    case(
        "forderte … zu … auf: what is asked for after zu is reported",
        "Die Ministerin forderte die Firmen zur Zusammenarbeit auf.",
        &[q(Reported, "Die Ministerin forderte die Firmen zur Zusammenarbeit auf", "Die Ministerin")],
    ),
    case(
        "rief … zu … auf (variant)",
        "Der Sicherheitsrat rief beide Seiten zu einer sofortigen Waffenruhe auf.",
        &[q(Reported, "Der Sicherheitsrat rief beide Seiten zu einer sofortigen Waffenruhe auf", "Der Sicherheitsrat")],
    ),
    case(
        "rief without its particle calls someone",
        "Der Trainer rief die Spieler nach dem Training zu sich.",
        &[],
    ),
    case(
        "a particle closing the clause asks someone to act: what was asked is indirect, not reported (variant)",
        "Die Ministerin forderte die Firmen auf, enger zusammenzuarbeiten.",
        &[q(Indirect, "enger zusammenzuarbeiten", "Die Ministerin")],
    ),
    case(
        "warf without its particle throws",
        "Der Läufer warf den Speer weit und siegte vor der Konkurrenz.",
        &[],
    ),
    case(
        "the act after an apposition: the name speaks",
        "Der Sprecher der Reederei, Jonas Keller, forderte eine rasche Aufklärung.",
        &[q(Reported, "Der Sprecher der Reederei, Jonas Keller, forderte eine rasche Aufklärung", "Jonas Keller")],
    ),
    case(
        "the act after a relative clause: the phrase before it speaks",
        "Die Stadt, die am See liegt, verwies auf die hohen Kosten.",
        &[q(Reported, "Die Stadt, die am See liegt, verwies auf die hohen Kosten", "Die Stadt")],
    ),
    case(
        "the act after a relative clause with an act of its own (variant)",
        "Die Firma, die ihre Verluste noch beziffert, spricht von einem schweren Schaden.",
        &[q(Reported, "Die Firma, die ihre Verluste noch beziffert, spricht von einem schweren Schaden", "Die Firma")],
    ),
    // 9. Source phrases: "laut X", "nach Angaben von X", "X zufolge" attribute the rest of the
    // sentence, or only the subordinate or relative clause that holds them.
    case(
        "laut with a bare noun",
        "Laut Polizei sei der Mann betrunken gewesen.",
        &[q(Indirect, "sei der Mann betrunken gewesen", "Polizei")],
    ),
    case(
        "nach Angaben with a genitive",
        "Nach Angaben des Ministeriums wurden drei Schulen geschlossen.",
        &[q(Indirect, "wurden drei Schulen geschlossen", "Angaben des Ministeriums")],
    ),
    case(
        "a source inside a subordinate clause attributes that clause",
        "Die Feuerwehr rückte aus, weil die Brücke nach Angaben der Stadt einsturzgefährdet ist.",
        &[q(Indirect, "weil die Brücke | einsturzgefährdet ist", "Angaben der Stadt")],
    ),
    case(
        "a source inside a relative clause attributes that clause (variant)",
        "Gesperrt wurden zwei Hallen, die nach Aussagen der Betreiber nicht mehr sicher sind.",
        &[q(Indirect, "die | nicht mehr sicher sind", "Aussagen der Betreiber")],
    ),
    case(
        "a source after a semicolon attributes what follows it",
        "Im Saal saßen rund 300 Menschen; nach Polizeiangaben kamen deutlich mehr.",
        &[q(Indirect, "kamen deutlich mehr", "Polizeiangaben")],
    ),
    case(
        "laut with a web address",
        "Laut ndr.de blieben einige Gruppen bis zum Abend auf dem Platz.",
        &[q(Indirect, "blieben einige Gruppen bis zum Abend auf dem Platz", "ndr.de")],
    ),
    case(
        "laut with a quoted name (variant)",
        "Laut „Tagesblatt“ soll der Trainer gehen.",
        &[q(Indirect, "soll der Trainer gehen", "„Tagesblatt“")],
    ),
    case(
        "laut with adjectives and no article (variant)",
        "Laut örtlichen Medien gab es zwei Verletzte.",
        &[q(Indirect, "gab es zwei Verletzte", "örtlichen Medien")],
    ),
    case(
        "the source noun before nach",
        "Seiner Meinung nach ist der Zeitplan nicht zu halten.",
        &[q(Indirect, "ist der Zeitplan nicht zu halten", "Seiner Meinung")],
    ),
    case(
        "the source noun before nach (variant)",
        "Dem Vernehmen nach wird die Fähre im Winter eingestellt.",
        &[q(Indirect, "wird die Fähre im Winter eingestellt", "Dem Vernehmen")],
    ),
    case(
        "meiner Meinung nach is the speaker's own aside, no source",
        "Die Mannschaft spielte meiner Meinung nach „ordentlich“, mehr nicht.",
        &[],
    ),
    case(
        "nach with a study",
        "Nach einer neuen Studie steigt das Risiko mit dem Alter.",
        &[q(Indirect, "steigt das Risiko mit dem Alter", "Studie")],
    ),
    case(
        "nach with an event is a time, not a source",
        "Nach dem Spiel wurden drei Fans festgenommen.",
        &[],
    ),
    case(
        "a noun with nach denen, and the expletive es speaks for nobody",
        "Es gibt Gerüchte, nach denen der Sänger krank sei.",
        &[q(Indirect, "der Sänger krank sei", "")],
    ),
    // 10. "Das teilte die Stadt mit": a sentence that opens with "Das" or "Dies" and a speech
    // verb attributes the sentence before it, pronoun included.
    case(
        "Das teilte … mit after the statement",
        "Die Brücke bleibt bis Freitag gesperrt. Das teilte die Stadt am Morgen mit.",
        &[q(Indirect, "Die Brücke bleibt bis Freitag gesperrt. Das", "die Stadt")],
    ),
    case(
        "Dies bestätigte with a name (variant)",
        "Der Trainer verlässt den Verein. Dies bestätigte Vereinschef Jonas Keller.",
        &[q(Indirect, "Der Trainer verlässt den Verein. Dies", "Vereinschef Jonas Keller")],
    ),
    case(
        "Dies geht aus … hervor: the document is the source (variant)",
        "Die Preise steigen weiter. Dies geht aus einem Bericht des Statistikamts hervor.",
        &[q(Indirect, "Die Preise steigen weiter. Dies", "einem Bericht des Statistikamts")],
    ),
    case(
        "a partial quotation in the sentence before takes that speaker",
        "Die Lage in der Stadt ist „völlig außer Kontrolle“. Das sagte Bürgermeisterin Petra Lang am Abend.",
        &[
            q(Indirect, "Die Lage in der Stadt ist „völlig außer Kontrolle“. Das", "Bürgermeisterin Petra Lang"),
            q(Direct, "„völlig außer Kontrolle“", "Bürgermeisterin Petra Lang"),
        ],
    ),
    case(
        "Das with a noun is no pronoun",
        "Das Haus brannte nieder. Das Feuer griff auf die Scheune über.",
        &[],
    ),
    // 11. A frame after the statement may carry an apposition to its speaker.
    case(
        "so with an apposition",
        "Die Lage sei ernst, so Ursula Brandt, die Leiterin der Fachstelle.",
        &[q(Indirect, "Die Lage sei ernst", "Ursula Brandt")],
    ),
    case(
        "sagte with an apposition (variant)",
        "Alle Gebiete seien unter Kontrolle, sagte Jonas Keller, der Kommandeur des Einsatzes.",
        &[q(Indirect, "Alle Gebiete seien unter Kontrolle", "Jonas Keller")],
    ),
    known(
        "sagte with a relative clause after the speaker",
        "Die Schulen bleiben zu, sagte die Ministerin, die gestern in Kiel war.",
        &[q(Indirect, "Die Schulen bleiben zu", "die Ministerin")],
    ),
    // 12. A speech noun before a colon speaks with its owner: "Das Fazit von X: „…“".
    case(
        "a speech noun with von and its owner",
        "Das Fazit von Lena Hartwig fällt klar aus: „Die Schule wirkt.“",
        &[resolved(Direct, "„Die Schule wirkt.“", "Das Fazit von Lena Hartwig", "Lena Hartwig")],
    ),
    case(
        "a speech noun with von and its owner (variant)",
        "Die Forderung von Jonas Keller ist klar: „Wir brauchen mehr Geld.“",
        &[resolved(Direct, "„Wir brauchen mehr Geld.“", "Die Forderung von Jonas Keller", "Jonas Keller")],
    ),
    case(
        "a speech noun with a genitive owner (variant)",
        "Die Forderung des Verbands lautet: „Mehr Geld für Schulen.“",
        &[q(Direct, "„Mehr Geld für Schulen.“", "Die Forderung des Verbands")],
    ),
    // 13. Colon frames after a first clause: the subject in the apposition between commas, the
    // source after "so".
    case(
        "a subject with its apposition after a first clause",
        "Die Ministerin wies den Vorwurf zurück, die Sprecherin der Fraktion, Lena Hartwig, erklärte: „Das ist falsch.“",
        &[q(Direct, "„Das ist falsch.“", "Lena Hartwig")],
    ),
    case(
        "so X weiter before a colon",
        "Die Lage habe sich beruhigt, so Jonas Keller weiter: „Wir sind zufrieden.“",
        &[q(Indirect, "Die Lage habe sich beruhigt", "Jonas Keller"), q(Direct, "„Wir sind zufrieden.“", "Jonas Keller")],
    ),
    case(
        "so X before a colon (variant)",
        "Auch diese Lücke habe Methode, so der Gutachter: „Das ist in vielen Firmen so.“",
        &[q(Indirect, "Auch diese Lücke habe Methode", "der Gutachter"), q(Direct, "„Das ist in vielen Firmen so.“", "der Gutachter")],
    ),
    // 14. A quoted medium's name as the subject of a "wie" source clause is a name, and the source.
    case(
        "Wie „…“ berichtet: the quoted name is the source",
        "Wie „netzpost online“ berichtet, schließt die Stadt das Hallenbad.",
        &[q(Indirect, "schließt die Stadt das Hallenbad", "„netzpost online“")],
    ),
    case(
        "Wie „…“ meldete (variant)",
        "Wie „spiegel online“ meldete, bleibt das Werk geschlossen.",
        &[q(Indirect, "bleibt das Werk geschlossen", "„spiegel online“")],
    ),
    // A "wie" clause of its verb alone is a set phrase ("wie gesagt", "wie erwartet"): it names
    // no source, and what follows is the writer's own sentence.
    case(
        "Wie gesagt: a set phrase, no source",
        "Wie gesagt, die Pläne liegen vorerst auf Eis.",
        &[],
    ),
    case(
        "Wie erwartet (variant)",
        "Wie erwartet, fiel die Entscheidung im Rat knapp aus.",
        &[],
    ),
    case(
        "Wie angekündigt (variant)",
        "Wie angekündigt, öffnet das Museum am Sonntag wieder.",
        &[],
    ),
    case(
        "Wie es hieß: the impersonal source stays",
        "Wie es hieß, soll die Brücke im Herbst gesperrt werden.",
        &[q(Indirect, "soll die Brücke im Herbst gesperrt werden", "")],
    ),
    // After a prepositional phrase the clause is what was said only in the Konjunktiv; beside
    // "man", "er", "sie" or "es" an unlisted verb's -e form is one ("man prüfe").
    case(
        "Es hieß aus …, man prüfe: the source after the verb",
        "Es hieß aus dem Ministerium, man prüfe die Vorwürfe.",
        &[q(Indirect, "man prüfe die Vorwürfe", "dem Ministerium")],
    ),
    case(
        "hieß es aus …, man prüfe (variant)",
        "Dazu hieß es aus dem Rathaus, man rechne bald mit dem Gutachten.",
        &[q(Indirect, "man rechne bald mit dem Gutachten", "dem Rathaus")],
    ),
    case(
        "teilte auf Nachfrage mit, man plane (variant)",
        "Die Stadt teilte auf Nachfrage mit, man plane keine Änderungen.",
        &[q(Indirect, "man plane keine Änderungen", "Die Stadt")],
    ),
    case(
        "a past tense beside the pronoun is no Konjunktiv",
        "Die Band kam aus Berlin, am Abend spielte sie in Köln.",
        &[],
    ),
    // Masculine agent nouns in -eur are people in the nominative ("der Redakteur"), not
    // feminine nouns in -ur after an oblique "der" ("der Kultur").
    case(
        "der Redakteur: an agent noun in -eur speaks",
        "Der Redakteur sagte, die Quelle sei verlässlich.",
        &[q(Indirect, "die Quelle sei verlässlich", "Der Redakteur")],
    ),
    case(
        "der Gouverneur (variant)",
        "Der Gouverneur erklärte, die Straßen seien wieder frei.",
        &[q(Indirect, "die Straßen seien wieder frei", "Der Gouverneur")],
    ),
    case(
        "„…“, sagte der Chefredakteur (variant)",
        "„Wir drucken weiter“, sagte der Chefredakteur.",
        &[q(Direct, "„Wir drucken weiter“", "der Chefredakteur")],
    ),
    // A genitive may be a quoted name: "die Online-Ausgabe des „Spiegel“".
    case(
        "a genitive with a quoted name stays with the speaker",
        "Die Online-Ausgabe des „Tagesblatt“ berichtete, der Bürgermeister trete zurück.",
        &[q(Indirect, "der Bürgermeister trete zurück", "Die Online-Ausgabe des „Tagesblatt“")],
    ),
    case(
        "a genitive with a quoted name (variant)",
        "Laut einem Bericht der „Nordsee Rundschau“ soll die Fähre im Mai fahren.",
        &[q(Indirect, "soll die Fähre im Mai fahren", "einem Bericht der „Nordsee Rundschau“")],
    ),
    // 15. A speech noun and a clause in the Konjunktiv after its comma: what was said.
    case(
        "a charge and its clause, by the noun's owner",
        "Sie trat dem Vorwurf der Opposition, die Wahl sei nicht gültig, entschieden entgegen.",
        &[q(Indirect, "die Wahl sei nicht gültig", "Opposition")],
    ),
    case(
        "reports and their clause, by nobody named (variant)",
        "Wegen der Berichte, die Schulen seien geschlossen worden, wuchs die Sorge.",
        &[q(Indirect, "die Schulen seien geschlossen worden", "")],
    ),
    case(
        "a suspicion and its clause (variant)",
        "Auch der Verdacht, er sei mit dem Virus infiziert, bestätigte sich nicht.",
        &[q(Indirect, "er sei mit dem Virus infiziert", "")],
    ),
    case(
        "a proposal with an infinitive is no statement",
        "Der Vorschlag, die Brücke zu sanieren, fand Zustimmung.",
        &[],
    ),
    // 16. A sentence in the Konjunktiv I right after one whose subject names someone reports
    // that speaker; a conditional in the Konjunktiv II reports nothing.
    case(
        "Konjunktiv I after a named subject",
        "Bürgermeister Klaus Reinhold ist besorgt. Der Streit sei nicht politisch.",
        &[q(IndirectFreeIndirect, "Der Streit sei nicht politisch", "Bürgermeister Klaus Reinhold")],
    ),
    case(
        "Konjunktiv I after a role noun with a name (variant)",
        "Die Ministerin Anna Berg besuchte das Werk. Die Produktion werde im Mai verdoppelt.",
        &[q(IndirectFreeIndirect, "Die Produktion werde im Mai verdoppelt", "Die Ministerin Anna Berg")],
    ),
    case(
        "a conditional in the Konjunktiv II after a named subject reports nothing",
        "Bürgermeister Tim Roth kennt die Pläne. Ein Streik hätte Folgen für alle.",
        &[],
    ),
    case(
        "Konjunktiv I after a subject that names nobody reports nothing",
        "Das Wetter war schön. Die Ernte sei gut.",
        &[],
    ),
    // 17. A "dass" clause is indirect speech however much of it is quoted.
    case(
        "a dass clause mostly in quotation marks",
        "Beim Neujahrsempfang sagte der Bischof, dass er „eine offene Kirche für alle“ wolle.",
        &[
            q(Indirect, "dass er „eine offene Kirche für alle“ wolle", "der Bischof"),
            q(Direct, "„eine offene Kirche für alle“", "der Bischof"),
        ],
    ),
    case(
        "a dass clause quoted after dass (variant)",
        "Die Ministerin erklärte, dass „die Schulen sicher sind“.",
        &[
            q(Indirect, "dass „die Schulen sicher sind“", "Die Ministerin"),
            q(Direct, "„die Schulen sicher sind“", "Die Ministerin"),
        ],
    ),
    // 18. "…, heißt es" reports without naming whom.
    case(
        "heißt es after the statement",
        "Drei Viertel der Fälle entfallen auf den Süden, heißt es.",
        &[q(Indirect, "Drei Viertel der Fälle entfallen auf den Süden", "")],
    ),
    case(
        "hieß es after the statement (variant)",
        "Die Schulen bleiben am Montag geschlossen, hieß es am Abend.",
        &[q(Indirect, "Die Schulen bleiben am Montag geschlossen", "")],
    ),
    // 19. Who can speak: a thing or an event is no speaker. A colon frame or a quotation without
    // a frame whose subject cannot speak continues the speaker before it, or names nobody; roles
    // with a name in the genitive, documents named by a compound and people in the plural do.
    case(
        "a colon after an abstract subject continues the last speaker",
        "Ministerin Jana Okafor äußerte sich zuversichtlich: „Wir finden eine Lösung.“ Ihre Hoffnung stützt \
         sich auf frühere Gespräche: „Bisher hat man sich immer geeinigt.“",
        &[
            q(Direct, "„Wir finden eine Lösung.“", "Ministerin Jana Okafor"),
            q(Direct, "„Bisher hat man sich immer geeinigt.“", "Ministerin Jana Okafor"),
        ],
    ),
    case(
        "a colon after an abstract subject continues the last speaker (variant)",
        "Trainer Nils Ekström lobte die Mannschaft: „Sie hat gekämpft.“ Der Grund für seine Freude liegt im \
         letzten Spiel: „Da haben alle mitgezogen.“",
        &[
            q(Direct, "„Sie hat gekämpft.“", "Trainer Nils Ekström"),
            q(Direct, "„Da haben alle mitgezogen.“", "Trainer Nils Ekström"),
        ],
    ),
    case(
        "an abstract subject of a frameless quotation is no speaker",
        "Die Lösung des Problems gilt als „kaum machbar, jedenfalls nicht mit dem Geld des Landes“.",
        &[q(Direct, "„kaum machbar, jedenfalls nicht mit dem Geld des Landes“", "")],
    ),
    case(
        "an event as the subject of a frameless quotation is no speaker (variant)",
        "Der Ausbau der Strecke soll „so schnell wie irgend möglich und ohne weitere Gutachten“ beginnen.",
        &[q(Direct, "„so schnell wie irgend möglich und ohne weitere Gutachten“", "")],
    ),
    case(
        "a role with a country in the genitive speaks",
        "Der Außenminister Italiens will die Lage „genau beobachten“.",
        &[q(Direct, "„genau beobachten“", "Der Außenminister Italiens")],
    ),
    case(
        "a document named by a compound speaks",
        "Der Abschlussbericht hält die Lage für „ernst, aber beherrschbar“.",
        &[q(Direct, "„ernst, aber beherrschbar“", "Der Abschlussbericht")],
    ),
    case(
        "people named by a plural the role list lacks speak",
        "Die Initiatoren der Aktion halten das Verbot für „völlig überzogen“.",
        &[q(Direct, "„völlig überzogen“", "Die Initiatoren der Aktion")],
    ),
    // 20. A quotation inside speech that a source phrase frames ("X zufolge", "nach Meinung von
    // X", "laut X") has that source, over a verb nearer to it that only looked like a cue.
    case(
        "a source phrase over an attributive participle",
        "Dem Prüfbericht zufolge hatten die oft beklagten „maroden Bremsen“ den Unfall verursacht.",
        &[
            q(Indirect, "hatten die oft beklagten „maroden Bremsen“ den Unfall verursacht", "Dem Prüfbericht"),
            cued(Direct, "„maroden Bremsen“", "Dem Prüfbericht", "zufolge"),
        ],
    ),
    case(
        "a source phrase over a reflexive verb that says nothing",
        "Nach Ansicht des Verbands begründe sich die Sperrung mit dem „dringend nötigen Schutz der Vögel“.",
        &[
            q(Indirect, "begründe sich die Sperrung mit dem „dringend nötigen Schutz der Vögel“", "Ansicht des Verbands"),
            q(Direct, "„dringend nötigen Schutz der Vögel“", "Ansicht des Verbands"),
        ],
    ),
    // The indirect entry here reaches over the quotation and its frame: a fault of the indirect
    // finder, listed as it is so that the direct quotation's row can be checked.
    case(
        "a speech verb after the quotation outranks a source phrase after it",
        "„Die Lage ist ruhig“, sagte der Einsatzleiter laut dem Sender.",
        &[
            q(Direct, "„Die Lage ist ruhig“", "der Einsatzleiter"),
            q(Indirect, "„Die Lage ist ruhig“, sagte der Einsatzleiter", "*"),
        ],
    ),
    // 21. A quotation whose own sentence names its speaker keeps that speaker, though a report
    // carried on from the sentences before holds it. Known: the run of Konjunktiv I sentences
    // (group 19 below) also takes in the next sentence, whose main verb ("will") is indicative and
    // whose subject is named; the quotation's speaker is right.
    known(
        "the own sentence's named subject over a carried-on report",
        "Bürgermeisterin Petra Lang hält an dem Plan fest. Die Stadt brauche ihn dringend. Auch Kämmerer Jonas \
         Keller will die Kosten „noch einmal genau prüfen“, ob das Geld reiche.",
        &[
            q(IndirectFreeIndirect, "Die Stadt brauche ihn dringend", "Bürgermeisterin Petra Lang"),
            q(
                IndirectFreeIndirect,
                "Auch Kämmerer Jonas Keller will die Kosten „noch einmal genau prüfen“, ob das Geld reiche",
                "*",
            ),
            q(Direct, "„noch einmal genau prüfen“", "Kämmerer Jonas Keller"),
        ],
    ),
    known(
        "the own sentence's named subject over a carried-on report (variant)",
        "Trainer Nils Ekström war zufrieden. Die Mannschaft habe gut gespielt. Auch Kapitän Leif Janssen will \
         das Spiel „schnell abhaken“, ob man gewonnen habe oder nicht.",
        &[
            q(IndirectFreeIndirect, "Die Mannschaft habe gut gespielt", "Trainer Nils Ekström"),
            q(
                IndirectFreeIndirect,
                "Auch Kapitän Leif Janssen will das Spiel „schnell abhaken“, ob man gewonnen habe oder nicht",
                "*",
            ),
            q(Direct, "„schnell abhaken“", "Kapitän Leif Janssen"),
        ],
    ),
    // 22. "heißt es" names its source by a place: a page ("auf der Website"), or a document
    // opening the sentence before a relative clause.
    case(
        "heißt es auf a web page",
        "„Wir freuen uns auf alle Gäste“, heißt es auf der Internetseite des Vereins.",
        &[q(Direct, "„Wir freuen uns auf alle Gäste“", "der Internetseite des Vereins")],
    ),
    case(
        "auf a web page heißt es (variant)",
        "Auf der Website des Verbands heißt es: „Der Eintritt bleibt frei.“",
        &[q(Direct, "„Der Eintritt bleibt frei.“", "der Website des Verbands")],
    ),
    case(
        "a document with a relative clause before heißt es",
        "In dem Brief, den die Schule am Montag verschickte, heißt es: „Der Unterricht fällt aus.“",
        &[q(Direct, "„Der Unterricht fällt aus.“", "dem Brief")],
    ),
    // 23. A relative clause frames its quotation for the phrase it describes, whatever that
    // phrase's case in the main clause; the speaker is the phrase with its pronoun.
    case(
        "a relative clause speaks for its antecedent",
        "Die Aktivisten verteilten einen Aufruf, der die Pläne als „reine Geldverschwendung“ bezeichnete.",
        &[q(Direct, "„reine Geldverschwendung“", "einen Aufruf, der")],
    ),
    case(
        "a relative clause speaks for its antecedent in the accusative (variant)",
        "Die Zeitung druckte einen Kommentar, der den Plan als „völlig verfehlt“ bezeichnete.",
        &[q(Direct, "„völlig verfehlt“", "einen Kommentar, der")],
    ),
    known(
        "a relative clause's own cue after the quotation outranks the main clause's",
        "Die Stadt lobte den Bürgermeister, der den Plan als „großen Wurf“ bezeichnete.",
        &[q(Direct, "„großen Wurf“", "den Bürgermeister, der")],
    ),
    // 24. A personal pronoun as the subject of a quotation's own sentence speaks, before the
    // speaker of an earlier quotation; not in the Konjunktiv, where it is what a report is about.
    case(
        "a pronoun after the verb of the quotation's own sentence",
        "„Wir bleiben dran“, sagte Ministerin Anna Berg. Landrat Tomas Lind kam später. Zunächst wollte er den \
         Plan „in aller Ruhe prüfen“.",
        &[
            q(Direct, "„Wir bleiben dran“", "Ministerin Anna Berg"),
            resolved(Direct, "„in aller Ruhe prüfen“", "er", "Tomas Lind"),
        ],
    ),
    case(
        "a pronoun after the verb of the quotation's own sentence (variant)",
        "„Das Team ist bereit“, sagte Trainerin Mia Sommer. Kapitän Leif Janssen war verletzt. Trotzdem will er \
         am Samstag „unbedingt auflaufen“.",
        &[q(Direct, "„Das Team ist bereit“", "Trainerin Mia Sommer"), q(Direct, "„unbedingt auflaufen“", "er")],
    ),
    case(
        "a pronoun in the Konjunktiv is what the report is about",
        "„Wir bleiben dran“, sagte Ministerin Anna Berg. Landrat Tomas Berg kam später. Er werde den Plan „in \
         aller Ruhe prüfen“.",
        &[
            q(Direct, "„Wir bleiben dran“", "Ministerin Anna Berg"),
            q(IndirectFreeIndirect, "Er werde den Plan „in aller Ruhe prüfen“", "*"),
            q(Direct, "„in aller Ruhe prüfen“", "Ministerin Anna Berg"),
        ],
    ),
    // 25. A coordinating conjunction stands before a main clause's first position: the subject
    // after "und", "aber" speaks, not the first clause's.
    case(
        "und before the subject of a second main clause",
        "Die Menge jubelte, und der Verleger Jonas Keller rief aus: „Er muss gehen!“",
        &[q(Direct, "„Er muss gehen!“", "der Verleger Jonas Keller")],
    ),
    case(
        "aber before the subject of a second main clause (variant)",
        "Die Gäste klatschten, aber die Bürgermeisterin Petra Holm erklärte: „Das war erst der Anfang.“",
        &[q(Direct, "„Das war erst der Anfang.“", "die Bürgermeisterin Petra Holm")],
    ),
    // 26. A few quoted words that no frame introduces and nobody is found to have said are a
    // term or a scare quote, not a quotation; a sentence or a longer passage still is.
    case(
        "a name after a preposition is a term",
        "Im „neuen Saal“ der Stadthalle wurden am Freitag die Preise verliehen.",
        &[],
    ),
    case(
        "a term whose sentence's subject cannot speak (variant)",
        "Der Satellit soll noch im Herbst ein „kleines Experiment“ an Bord tragen.",
        &[],
    ),
    case(
        "a scare quote nobody said is a term (variant)",
        "Nach der Wahl verfügte eine „große Mehrheit“ aus drei Parteien über die meisten Sitze.",
        &[],
    ),
    case(
        "a quoted sentence nobody is named for is still a quotation",
        "Am Eingang hing ein Schild. „Bitte draußen warten.“",
        &[q(Direct, "„Bitte draußen warten.“", "")],
    ),
    case(
        "a short quotation with a speaker is still a quotation",
        "Die Ministerin nannte den Plan „mutig“.",
        &[q(Direct, "„mutig“", "Die Ministerin")],
    ),
    // 27. "nach" with a judgement or an announcement names its owner as the source; after an
    // event it only tells the time.
    case(
        "nach der Ankündigung names a source",
        "Nach der Ankündigung des Ministers soll die Strecke „noch in diesem Jahr“ fertig werden.",
        &[
            q(Indirect, "soll die Strecke „noch in diesem Jahr“ fertig werden", "Ankündigung des Ministers"),
            q(Direct, "„noch in diesem Jahr“", "Ankündigung des Ministers"),
        ],
    ),
    case(
        "nach Bewertung names a source (variant)",
        "Nach Bewertung der Aufsicht gibt der Fall „keinen Anlass zur Sorge“.",
        &[
            q(Indirect, "gibt der Fall „keinen Anlass zur Sorge“", "Bewertung der Aufsicht"),
            q(Direct, "„keinen Anlass zur Sorge“", "Bewertung der Aufsicht"),
        ],
    ),
    case(
        "nach dem Urteil tells the time",
        "Nach dem Urteil des Gerichts liegt nun die Begründung vor.",
        &[],
    ),
    // 28. A noun phrase may hold an attribute with a phrase of its own between its article and
    // its noun ("die in Hamburg geborene Sängerin"); the speaker is the whole phrase.
    case(
        "an attribute with a place between article and noun",
        "„Das wird ein großer Abend“, sagte die in Hamburg geborene Sängerin vor dem Konzert.",
        &[q(Direct, "„Das wird ein großer Abend“", "die in Hamburg geborene Sängerin")],
    ),
    case(
        "an attribute with a time between article and noun (variant)",
        "„Wir sind vorbereitet“, sagte der seit Mai amtierende Landrat Tomas Lind.",
        &[q(Direct, "„Wir sind vorbereitet“", "der seit Mai amtierende Landrat Tomas Lind")],
    ),
    // 29. "dessen" and "deren" start a noun phrase like an article; a phrase in the dative or
    // accusative before an apposition is no subject.
    case(
        "dessen before the subject after the verb",
        "Der Verein verlor das Finale. Danach erklärte dessen Präsident: „Wir kommen wieder.“",
        &[q(Direct, "„Wir kommen wieder.“", "dessen Präsident")],
    ),
    case(
        "deren before the subject after the verb (variant)",
        "Die Ministerin verließ den Saal. Später erklärte deren Sprecherin: „Es gibt nichts zu sagen.“",
        &[q(Direct, "„Es gibt nichts zu sagen.“", "deren Sprecherin")],
    ),
    // 30. Cues for phrasing and chanting ("wie sich X ausdrückte", "skandierten"); a reflexive
    // pronoun stands before the subject of a "wie" clause.
    case(
        "wie sich X ausdrückte",
        "Der Plan sei, wie sich die Abgeordnete Lena Hartwig ausdrückte, „ein teurer Irrweg“ gewesen.",
        &[q(Direct, "„ein teurer Irrweg“", "die Abgeordnete Lena Hartwig")],
    ),
    case(
        "chanting people in a relative clause (variant)",
        "Vor dem Rathaus standen Fans, die immer wieder skandierten: „Wir bleiben hier!“",
        &[q(Direct, "„Wir bleiben hier!“", "Fans, die")],
    ),
    // 31. A quoted name in title case right after the verb that follows a quotation is its
    // subject: a paper or a programme.
    case(
        "a quoted paper after the verb",
        "„Sie war die Stimme einer ganzen Generation“, kommentierte „Die Woche“ am Sonntag.",
        &[q(Direct, "„Sie war die Stimme einer ganzen Generation“", "„Die Woche“")],
    ),
    case(
        "a quoted programme after the verb (variant)",
        "„Der Umbau ist gescheitert“, meldet „Radio Nord“ am Morgen.",
        &[q(Direct, "„Der Umbau ist gescheitert“", "„Radio Nord“")],
    ),
    // 32. Words in brackets right after a name are that person's.
    case(
        "a quotation in brackets after a name in a list",
        "Zum Jubiläum kamen viele Gäste, darunter die Leiterin des Instituts, Mara Lindqvist („Das ist ein schöner \
         Tag.“), und der Bürgermeister.",
        &[cued(Direct, "„Das ist ein schöner Tag.“", "Mara Lindqvist", "(")],
    ),
    case(
        "a quotation in brackets after the subject (variant)",
        "Auch Trainer Nils Ekström („Wir haben gekämpft.“) war zufrieden.",
        &[cued(Direct, "„Wir haben gekämpft.“", "Nils Ekström", "(")],
    ),
    // 33. A "wie" source clause whose subject has an apposition between commas: the name in
    // the apposition speaks ("Wie der Richter, Jonas Keller, ausführte,").
    case(
        "wie with a subject and its apposition",
        "Wie die Leiterin des Amtes, Mara Lindqvist, erklärte, sei der Schaden „größer als jemals zuvor in dieser \
         Region“.",
        &[
            q(Indirect, "sei der Schaden „größer als jemals zuvor in dieser Region“", "Mara Lindqvist"),
            q(Direct, "„größer als jemals zuvor in dieser Region“", "Mara Lindqvist"),
        ],
    ),
    case(
        "wie with a subject and its apposition (variant)",
        "Wie die Sprecherin der Stadt, Lena Hartwig, mitteilte, bleibt das Bad geschlossen.",
        &[q(Indirect, "bleibt das Bad geschlossen", "Lena Hartwig")],
    ),
    // 34. "„…“ wird X zitiert" frames the quotation without a comma, over a colon before it;
    // the one quoted follows the auxiliary.
    case(
        "wird X zitiert after the closing mark",
        "Trainerin Mia Sommer nahm ihr Team in Schutz: „Sie ist noch immer die Beste. Wir stehen zu ihr“ \
         wird die Schwedin in der Zeitung zitiert.",
        &[cued(Direct, "„Sie ist noch immer die Beste. Wir stehen zu ihr“", "die Schwedin", "zitiert")],
    ),
    case(
        "wurde X zitiert after the closing mark (variant)",
        "Landrat Tomas Lind verteidigte den Plan: „Wir halten Wort. Das Geld ist da“ wurde der Politiker am Abend \
         zitiert.",
        &[cued(Direct, "„Wir halten Wort. Das Geld ist da“", "der Politiker", "zitiert")],
    ),
    // 35. A quotation that opens its sentence after one that a source phrase frames is that
    // source's.
    case(
        "after a sentence framed by nach Ansicht von",
        "Nach Ansicht der Ministerin Anna Berg ist noch nichts entschieden. „Wir prüfen alle Vorschläge in Ruhe.“",
        &[
            q(Indirect, "ist noch nichts entschieden", "Ansicht der Ministerin Anna Berg"),
            q(Direct, "„Wir prüfen alle Vorschläge in Ruhe.“", "Ansicht der Ministerin Anna Berg"),
        ],
    ),
    case(
        "after a sentence framed by laut (variant)",
        "Laut Bürgermeister Tomas Lind bleibt das Bad offen. „Das Geld dafür ist da.“",
        &[
            q(Indirect, "bleibt das Bad offen", "Bürgermeister Tomas Lind"),
            q(Direct, "„Das Geld dafür ist da.“", "Bürgermeister Tomas Lind"),
        ],
    ),
    // 36. A place the tagger found, bare before a colon, is no name it missed: the quotation
    // continues the speaker before it. With a speech verb a place still speaks.
    case(
        "a place before a colon frame is no speaker",
        "Wie die Ministerpräsidentin von Hessen, Lena Hartwig, erklärte, schicke das Land Helfer. Hessen sei den \
         Nachbarn zu Dank verpflichtet: „Sie haben uns beim Hochwasser geholfen.“",
        &[
            q(Indirect, "schicke das Land Helfer", "Lena Hartwig"),
            q(
                IndirectFreeIndirect,
                "Hessen sei den Nachbarn zu Dank verpflichtet: „Sie haben uns beim Hochwasser geholfen.“",
                "*",
            ),
            q(Direct, "„Sie haben uns beim Hochwasser geholfen.“", "Lena Hartwig"),
        ],
    ),
    case(
        "a place as the subject of a speech verb speaks (variant)",
        "„Wir stehen zusammen“, sagte Bürgermeister Tomas Lind. Bayern habe sich schnell gemeldet: „Die Hilfe kam \
         in einer Stunde.“",
        &[
            q(Direct, "„Wir stehen zusammen“", "Bürgermeister Tomas Lind"),
            q(Direct, "„Die Hilfe kam in einer Stunde.“", "Bayern"),
        ],
    ),
    // 19. Konjunktiv I sentences that continue a report one after another in one paragraph are
    // one statement, as the data set marks them; a new paragraph starts another.
    case(
        "a run of Konjunktiv I sentences after a report is one statement",
        "Die Sprecherin sagte, die Halle werde geschlossen. Das Dach sei undicht. Eine Reparatur komme zu teuer.",
        &[
            q(Indirect, "die Halle werde geschlossen", "Die Sprecherin"),
            q(IndirectFreeIndirect, "Das Dach sei undicht. Eine Reparatur komme zu teuer", "Die Sprecherin"),
        ],
    ),
    case(
        "a run of three after a report with the verb after it (variant)",
        "Die Fähre falle aus, teilte die Reederei mit. Der Sturm sei zu stark. Die Wellen seien hoch. Am Abend \
         könne sie wieder fahren.",
        &[
            q(Indirect, "Die Fähre falle aus", "die Reederei"),
            q(
                IndirectFreeIndirect,
                "Der Sturm sei zu stark. Die Wellen seien hoch. Am Abend könne sie wieder fahren",
                "die Reederei",
            ),
        ],
    ),
    case(
        "a run of reportative sentences with sollen is one claim (variant)",
        "Im Stadtpark soll am Morgen ein Wolf gesehen worden sein. Er soll zwei Hühner gerissen haben. Die \
         Polizei sucht ihn.",
        &[q(
            FreeIndirect,
            "Im Stadtpark soll am Morgen ein Wolf gesehen worden sein. Er soll zwei Hühner gerissen haben",
            "",
        )],
    ),
    case(
        "a sentence in the indicative ends the run (variant)",
        "Der Trainer sagte, das Team sei müde. Die Reise sei lang gewesen. Am Sonntag spielt es in Bremen. Dort \
         fehle der Kapitän.",
        &[
            q(Indirect, "das Team sei müde", "Der Trainer"),
            q(IndirectFreeIndirect, "Die Reise sei lang gewesen", "Der Trainer"),
            q(IndirectFreeIndirect, "Dort fehle der Kapitän", "Der Trainer"),
        ],
    ),
    // 20. A separable verb after the statement: its subject stands between the verb and the
    // particle, also when the statement's own verb is one no list knows.
    case(
        "teilte X mit after a statement with an unlisted verb",
        "Die Tagung falle aus, teilte die Gemeinde mit.",
        &[q(Indirect, "Die Tagung falle aus", "die Gemeinde")],
    ),
    case(
        "gab X bekannt after the statement (variant)",
        "Der Termin im Rathaus entfalle, gab der Verkehrsverbund am Abend bekannt.",
        &[q(Indirect, "Der Termin im Rathaus entfalle", "der Verkehrsverbund")],
    ),
    // 21. The verb first after the statement's comma is finite, also in a form a participle or
    // an infinitive shares ("berichtet", "erklärt", "berichten").
    case(
        "berichtet X after the statement",
        "Die Straße bleibe bis Freitag gesperrt, berichtet der Sender.",
        &[q(Indirect, "Die Straße bleibe bis Freitag gesperrt", "der Sender")],
    ),
    case(
        "erklärt X after the statement (variant)",
        "Der Zug habe wegen eines Defekts gehalten, erklärt die Bahn.",
        &[q(Indirect, "Der Zug habe wegen eines Defekts gehalten", "die Bahn")],
    ),
    case(
        "berichten X, a plural, after the statement (variant)",
        "In der Nacht seien zwei Häuser abgebrannt, berichten Anwohner.",
        &[q(Indirect, "In der Nacht seien zwei Häuser abgebrannt", "Anwohner")],
    ),
    // 22. A separable verb's particle before the comma is no preposition: the infinitive
    // clause after it is what was asked.
    case(
        "forderte … auf, with an infinitive clause",
        "Der Bürgermeister forderte die Bürger auf, weniger Wasser zu verbrauchen.",
        &[q(Indirect, "weniger Wasser zu verbrauchen", "Der Bürgermeister")],
    ),
    case(
        "rief … auf, with an infinitive clause (variant)",
        "Die Gewerkschaft rief ihre Mitglieder am Montag auf, die Arbeit niederzulegen.",
        &[q(Indirect, "die Arbeit niederzulegen", "Die Gewerkschaft")],
    ),
    case(
        "a preposition's object before the comma still holds an attribute clause",
        "Der Verein begründete den Umzug mit dem Wunsch, näher an der Stadt zu trainieren.",
        &[],
    ),
    // 23. A clause whose Konjunktiv stands outside the quoted words is indirect speech, however
    // much of it is quoted.
    case(
        "a Konjunktiv clause mostly quoted after the frame",
        "Der Minister erklärte, er sei „tief erschüttert über diese Nachricht“.",
        &[
            q(Indirect, "er sei „tief erschüttert über diese Nachricht“", "Der Minister"),
            q(Direct, "„tief erschüttert über diese Nachricht“", "Der Minister"),
        ],
    ),
    case(
        "a Konjunktiv clause mostly quoted before the frame (variant)",
        "Die Lage müsse „sofort und ohne jede Ausnahme geprüft“ werden, so die Ärztin.",
        &[
            q(Indirect, "Die Lage müsse „sofort und ohne jede Ausnahme geprüft“ werden", "die Ärztin"),
            q(Direct, "„sofort und ohne jede Ausnahme geprüft“", "die Ärztin"),
        ],
    ),
    case(
        "a clause in the indicative mostly quoted stays a direct quotation only",
        "Der Minister sagte, er ist „tief erschüttert über diese Nachricht“.",
        &[q(Direct, "„tief erschüttert über diese Nachricht“", "Der Minister")],
    ),
    // 24. Reported speech is marked clause by clause: after an adverbial clause the statement
    // starts with its verb, and a second main clause after a comma is a statement of its own.
    case(
        "an adverbial clause first is the reporter's",
        "Während die Stadt noch prüft, fordert die Opposition einen sofortigen Baustopp.",
        &[q(Reported, "fordert die Opposition einen sofortigen Baustopp", "die Opposition")],
    ),
    case(
        "a second main clause after a comma",
        "Rund 300 Menschen kamen zur Kundgebung, die Polizei sprach von 200 Teilnehmern.",
        &[q(Reported, "die Polizei sprach von 200 Teilnehmern", "die Polizei")],
    ),
    case(
        "a second main clause with a named speaker (variant)",
        "Der Schaden ist noch nicht beziffert, der Verband warnte vor voreiligen Schätzungen.",
        &[q(Reported, "der Verband warnte vor voreiligen Schätzungen", "der Verband")],
    ),
    case(
        "a relative clause after a comma is no second main clause",
        "Gekommen waren vor allem Eltern, die Lehrer forderten, und einige Schüler.",
        &[],
    ),
    // 25. Who can speak: the heads of a body ("die Konzernleitung", "die Geschäftsführung"),
    // and a head noun before a place's name in the genitive ("der Vertreter Frankreichs").
    case(
        "the heads of a body speak",
        "Die Konzernleitung sprach von einem schwierigen Jahr für alle Standorte.",
        &[q(Reported, "Die Konzernleitung sprach von einem schwierigen Jahr für alle Standorte", "Die Konzernleitung")],
    ),
    case(
        "the heads of a body speak (variant)",
        "Die Geschäftsführung warnte vor weiteren Verlusten im Winter.",
        &[q(Reported, "Die Geschäftsführung warnte vor weiteren Verlusten im Winter", "Die Geschäftsführung")],
    ),
    case(
        "a head noun before a place's name in the genitive",
        "Der Vertreter Frankreichs forderte eine Untersuchung der Vorfälle.",
        &[q(Reported, "Der Vertreter Frankreichs forderte eine Untersuchung der Vorfälle", "Der Vertreter Frankreichs")],
    ),
    case(
        "a head noun before a place's name in the genitive (variant)",
        "Die Regierungspartei Italiens bezeichnete den Vorschlag als unbezahlbar.",
        &[q(Reported, "Die Regierungspartei Italiens bezeichnete den Vorschlag als unbezahlbar", "Die Regierungspartei Italiens")],
    ),
    // 26. "Grund für … ist", "Für X ist …": a judgement's owner or a noun's attribute, no
    // statement.
    case(
        "a noun's für is no source",
        "Grund für die Sperrung war ein Schaden an der Brücke.",
        &[],
    ),
    case(
        "für X ist without quoted words (variant)",
        "Für den Trainer war die Niederlage kein Grund zur Sorge.",
        &[],
    ),
    // 27. After a speech verb at the end of a relative or subordinate clause, a clause that
    // opens with a verb in the indicative is the sentence going on, not what was said.
    case(
        "a relative clause's participle, then the main clause",
        "Die Gäste, die am Morgen erwartet wurden, trafen erst am Abend ein.",
        &[],
    ),
    case(
        "a temporal clause's verb, then the main clause (variant)",
        "Als die Sprecherin von dem Unfall erzählte, verstummte der Saal.",
        &[],
    ),
    case(
        "a Konjunktiv after an adverb is still what was said",
        "Der Minister sagte in Berlin, sehr wahrscheinlich handle es sich um einen Fehler.",
        &[q(Indirect, "sehr wahrscheinlich handle es sich um einen Fehler", "Der Minister")],
    ),
    case(
        "an adjective before its noun opens a clause in the Konjunktiv II (variant)",
        "Die Sprecherin sagte, neue Termine würden erst im Herbst bekannt gegeben.",
        &[q(Indirect, "neue Termine würden erst im Herbst bekannt gegeben", "Die Sprecherin")],
    ),
    case(
        "Wie X mitteilte, then a main clause with its verb first",
        "Wie die Stadtwerke am Montag mitteilten, steigen die Preise im Frühjahr.",
        &[q(Indirect, "steigen die Preise im Frühjahr", "die Stadtwerke")],
    ),
    // 28. "bekannt geben" and "bekannt werden" with the particle before the verb, or alone
    // before the comma; "bekannt werden" names nobody.
    case(
        "Wie X bekannt gab",
        "Wie die Stadt am Morgen bekannt gab, bleibt das Hallenbad bis Mai geschlossen.",
        &[q(Indirect, "bleibt das Hallenbad bis Mai geschlossen", "die Stadt")],
    ),
    case(
        "wurde bekannt, dass (variant)",
        "Am Abend wurde bekannt, dass der Trainer den Verein verlässt.",
        &[q(Indirect, "dass der Trainer den Verein verlässt", "")],
    ),
    case(
        "war bekannt geworden, dass (variant)",
        "Zuvor war bekannt geworden, dass die Firma Stellen streicht.",
        &[q(Indirect, "dass die Firma Stellen streicht", "")],
    ),
    case(
        "bekannt as a plain adjective",
        "Der Sänger wurde bekannt, weil er im Fernsehen auftrat.",
        &[],
    ),
    // 29. A relative clause after its preposition belongs to the reported statement; a
    // conditional clause does not.
    case(
        "a relative clause after its preposition",
        "Der Sender sprach von drei Verletzten, für die jede Hilfe zu spät kam.",
        &[q(Reported, "Der Sender sprach von drei Verletzten, für die jede Hilfe zu spät kam", "Der Sender")],
    ),
    case(
        "a relative clause after its preposition (variant)",
        "Die Polizei warnte vor Glätte, mit der am Abend zu rechnen ist.",
        &[q(Reported, "Die Polizei warnte vor Glätte, mit der am Abend zu rechnen ist", "Die Polizei")],
    ),
    case(
        "a relative clause after its preposition is not what was said",
        "Die Ministerin erklärte den Schülern die Regeln, an die sich alle halten müssten.",
        &[],
    ),
    case(
        "a conditional clause after the object is no part of it",
        "Die Helferin warnte vor Hunger, wenn die Hilfe ausbleibe.",
        &[],
    ),
    // 30. A focus particle before a pronoun subject: "Auch sie forderte …".
    case(
        "a focus particle before a pronoun",
        "Auch sie forderte eine Entschuldigung der Stadt.",
        &[q(Reported, "Auch sie forderte eine Entschuldigung der Stadt", "sie")],
    ),
    case(
        "a focus particle before a pronoun (variant)",
        "Selbst er warnte vor zu hohen Erwartungen an die Reform.",
        &[q(Reported, "Selbst er warnte vor zu hohen Erwartungen an die Reform", "er")],
    ),
    // 31. The passive of a judgement or a report is a reported statement: its speaker is the
    // agent after "von" where one is named, and nobody otherwise. Without an agent a judgement
    // needs an adjective ("als überfällig"): with a noun it names something ("als Perle").
    case(
        "a judgement in the passive with its agent",
        "Der Vorschlag wurde von der Gewerkschaft als unsozial kritisiert.",
        &[q(Reported, "Der Vorschlag wurde von der Gewerkschaft als unsozial kritisiert", "der Gewerkschaft")],
    ),
    case(
        "a judgement in the passive, the agent first (variant)",
        "Von den Anwohnern wurde der Umbau als gelungen bezeichnet.",
        &[q(Reported, "Von den Anwohnern wurde der Umbau als gelungen bezeichnet", "den Anwohnern")],
    ),
    case(
        "a judgement in the passive without an agent (variant)",
        "Die Reform wird als überfällig gewertet.",
        &[q(Reported, "Die Reform wird als überfällig gewertet", "")],
    ),
    case(
        "a report in the passive",
        "Im Norden wird weiterhin von einer hohen Lawinengefahr ausgegangen.",
        &[q(Reported, "Im Norden wird weiterhin von einer hohen Lawinengefahr ausgegangen", "")],
    ),
    case(
        "a figure and a reason in the passive (variant)",
        "Die Zahl der Verletzten wurde mit zwölf angegeben. Als Ursache des Brandes wurde ein defektes Kabel genannt.",
        &[
            q(Reported, "Die Zahl der Verletzten wurde mit zwölf angegeben", ""),
            q(Reported, "Als Ursache des Brandes wurde ein defektes Kabel genannt", ""),
        ],
    ),
    case(
        "a name given in the passive is no judgement",
        "Der Ort wird im Volksmund als Perle des Südens bezeichnet.",
        &[],
    ),
    case(
        "an estimate in the passive names nobody",
        "Der Schaden wird auf 20.000 Euro geschätzt.",
        &[],
    ),
    case(
        "a passive in a subordinate clause is the reporter's",
        "Weil der Plan als zu teuer kritisiert wurde, stoppte die Stadt das Projekt.",
        &[],
    ),
    // 32. Acts that ask for, propose or announce something report it: "kündigte … an",
    // "verlangte", "plädierte für", "riet zu", "regte … an", "sicherte … zu". Only as the finite
    // verb with its particle: "kündigte den Vertrag" ends one, and an infinitive after a
    // modal tells what should have been done.
    case(
        "an announcement with its particle",
        "Die Ministerin kündigte eine Reform der Pflegeversicherung an.",
        &[q(Reported, "Die Ministerin kündigte eine Reform der Pflegeversicherung an", "Die Ministerin")],
    ),
    case(
        "an announcement, the subject after the verb (variant)",
        "Am Freitag kündigte der Verein einen Einspruch gegen das Urteil an.",
        &[q(Reported, "Am Freitag kündigte der Verein einen Einspruch gegen das Urteil an", "der Verein")],
    ),
    case(
        "a demand",
        "Die Gewerkschaft verlangte eine Lohnerhöhung von fünf Prozent.",
        &[q(Reported, "Die Gewerkschaft verlangte eine Lohnerhöhung von fünf Prozent", "Die Gewerkschaft")],
    ),
    case(
        "a plea and a piece of advice (variant)",
        "Der Verband plädiert für eine Senkung der Steuer. Die Ärztin riet den Eltern zu mehr Geduld.",
        &[
            q(Reported, "Der Verband plädiert für eine Senkung der Steuer", "Der Verband"),
            q(Reported, "Die Ärztin riet den Eltern zu mehr Geduld", "Die Ärztin"),
        ],
    ),
    case(
        "a proposal and a promise (variant)",
        "Der Bürgermeister regte eine Bürgerbefragung an. Der Minister sicherte den Bauern schnelle Hilfe zu.",
        &[
            q(Reported, "Der Bürgermeister regte eine Bürgerbefragung an", "Der Bürgermeister"),
            q(Reported, "Der Minister sicherte den Bauern schnelle Hilfe zu", "Der Minister"),
        ],
    ),
    case(
        "kündigen without its particle ends a contract",
        "Die Firma kündigte den Vertrag mit dem Lieferanten.",
        &[],
    ),
    case(
        "an infinitive after a modal is no act",
        "Die Stadt hätte eine Prüfung verlangen müssen.",
        &[],
    ),
    // 33. Views and expectations report what someone holds: "sieht in … einen …", "fürchtet",
    // "rechnet mit", "erwägt". "sehen" with an object before its place is seeing, and
    // "erwartet" may only await someone.
    case(
        "a view: sieht in",
        "Die Opposition sieht in dem Gesetz einen Angriff auf die Pressefreiheit.",
        &[q(Reported, "Die Opposition sieht in dem Gesetz einen Angriff auf die Pressefreiheit", "Die Opposition")],
    ),
    case(
        "a view with the subject after the verb (variant)",
        "Heute sieht er in der Reform eine große Chance.",
        &[q(Reported, "Heute sieht er in der Reform eine große Chance", "er")],
    ),
    case(
        "a fear and an expectation (variant)",
        "Die Händler fürchten einen harten Winter. Der Verband rechnet mit deutlich höheren Preisen.",
        &[
            q(Reported, "Die Händler fürchten einen harten Winter", "Die Händler"),
            q(Reported, "Der Verband rechnet mit deutlich höheren Preisen", "Der Verband"),
        ],
    ),
    case(
        "what is weighed (variant)",
        "Die Regierung erwägt eine Senkung der Steuer.",
        &[q(Reported, "Die Regierung erwägt eine Senkung der Steuer", "Die Regierung")],
    ),
    case(
        "seeing a game is no view",
        "Die Zuschauer sehen das Spiel im Stadion.",
        &[],
    ),
    case(
        "what awaits someone is no view",
        "Den Fahrer erwartet eine Anklage wegen Körperverletzung.",
        &[],
    ),
    // 34. Who can speak: services, alliances and communities ("der Wetterdienst", "das
    // Bündnis", "die Staatengemeinschaft") and plurals in -en ("die Studenten", "die
    // Soldaten"). A disaster that "fordert" lives counts the dead and speaks for nobody.
    case(
        "a community speaks",
        "Die Staatengemeinschaft verlangte ein Ende der Kämpfe.",
        &[q(Reported, "Die Staatengemeinschaft verlangte ein Ende der Kämpfe", "Die Staatengemeinschaft")],
    ),
    case(
        "an alliance speaks (variant)",
        "Das Bündnis warnte vor einer Spaltung der Stadt.",
        &[q(Reported, "Das Bündnis warnte vor einer Spaltung der Stadt", "Das Bündnis")],
    ),
    case(
        "a plural in -en speaks",
        "Die Studenten forderten mehr Plätze in den Wohnheimen.",
        &[q(Reported, "Die Studenten forderten mehr Plätze in den Wohnheimen", "Die Studenten")],
    ),
    case(
        "a plural in -en speaks (variant)",
        "Die Soldaten sprachen von schweren Gefechten.",
        &[q(Reported, "Die Soldaten sprachen von schweren Gefechten", "Die Soldaten")],
    ),
    case(
        "a disaster that claims lives asks for nothing",
        "Die Flutkatastrophe forderte mehr als 90 Menschenleben.",
        &[],
    ),
];

#[test]
fn who_said_what() {
    check(CASES);
}

#[test]
#[cfg(feature = "cli")]
fn interview_turns_are_marked() {
    use newslens::engine::InterviewTurn::{Answer, Question};
    let interview = CASES.iter().find(|c| c.name == "interview with SPIEGEL-style labels").expect("the row");
    let a = analyse(interview);
    let turns: Vec<_> = a.quotes.iter().map(|q| q.interview).collect();
    assert_eq!(turns, [Some(Question), Some(Answer), Some(Question), Some(Answer)]);
    let json = newslens::engine::export::Export::new(&a);
    assert!(serde_json::to_string(&json).unwrap().contains(r#""interview":"answer""#));
    // Quotations outside an interview carry no turn.
    let plain = analyze("„Wir bleiben hier“, sagte Ilse Brandt.", Format::Lines, tagger());
    assert_eq!(plain.quotes.len(), 1);
    assert_eq!(plain.quotes[0].interview, None);
}
