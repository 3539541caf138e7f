//! The command-line face run as a program, as its users run it: arguments in, JSON or TSV on
//! standard output, errors on standard error with a failing exit code.

use std::path::PathBuf;

use assert_cmd::Command;
use newslens::engine::{analyze, export::Export, Format, Tagger};
use serde_json::Value;

const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/articles/stoltenberg-kiew-2023-04-20.txt");
const MODEL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/model/ner.bin");

fn newslens() -> Command {
    Command::cargo_bin("newslens").expect("the newslens binary is built for the tests")
}

/// A file in the test's scratch folder with these contents.
fn scratch_file(name: &str, contents: &str) -> PathBuf {
    let path = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::write(&path, contents).expect("the scratch folder is writable");
    path
}

fn stdout_of(command: &mut Command) -> String {
    let output = command.output().expect("the program runs");
    assert!(output.status.success(), "failed: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

#[test]
fn annotate_prints_the_committed_models_analysis() {
    let printed: Value = serde_json::from_str(&stdout_of(newslens().args(["annotate", SEED]))).expect("JSON");
    assert_eq!(printed["schema"], "newslens-analysis/2");
    // The same analysis the library gives with the committed model: the CLI adds nothing.
    let tagger = Tagger::from_bytes(&std::fs::read(MODEL).expect("model/ner.bin")).expect("the model loads");
    let source = std::fs::read_to_string(SEED).expect("the seed");
    let expected = serde_json::to_value(Export::new(&analyze(&source, Format::Article, &tagger))).expect("serialises");
    assert_eq!(printed, expected);
    let names: Vec<&str> =
        printed["clusters"].as_array().expect("clusters").iter().filter_map(|c| c["name"].as_str()).collect();
    assert!(names.contains(&"Jens Stoltenberg"), "{names:?}");
}

#[test]
fn tag_prints_a_label_for_every_token() {
    let input = scratch_file("tag.conll", "Angela\tO\nMerkel\tO\nbesucht\tO\nParis\tO\n.\tO\n");
    let out = stdout_of(newslens().arg("tag").arg(&input));
    let lines: Vec<&str> = out.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(lines, ["Angela\tB-PER", "Merkel\tI-PER", "besucht\tO", "Paris\tB-LOC", ".\tO"]);
}

#[test]
fn quotes_prints_one_json_line_per_text() {
    let input = scratch_file(
        "quotes.jsonl",
        "{\"id\": 7, \"text\": \"„Wir bleiben“, sagte Jens Stoltenberg.\"}\n\n{\"id\": \"b\", \"text\": \"Kein Zitat.\"}\n",
    );
    let out = stdout_of(newslens().arg("quotes").arg(&input));
    let records: Vec<Value> = out.lines().map(|l| serde_json::from_str(l).expect("a JSON line")).collect();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0]["id"], 7);
    // Offsets in code points: „Wir bleiben“ starts the text, the speaker follows "sagte ".
    let text: Vec<char> = "„Wir bleiben“, sagte Jens Stoltenberg.".chars().collect();
    let piece = |pair: &Value| -> String {
        let (start, end) = (pair[0].as_u64().expect("start") as usize, pair[1].as_u64().expect("end") as usize);
        text[start..end].iter().collect()
    };
    let quote = &records[0]["quotes"][0];
    assert!(piece(&quote["quote"][0]).contains("Wir bleiben"), "{quote}");
    assert_eq!(piece(&quote["speaker"][0]), "Jens Stoltenberg", "{quote}");
    assert_eq!(piece(&quote["cue"][0]), "sagte", "{quote}");
    assert!(records[1]["quotes"].as_array().is_some_and(Vec::is_empty), "{}", records[1]);
}

#[test]
fn mistakes_fail_with_a_message_and_the_usage() {
    let output = newslens().output().expect("runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("no command given") && stderr.contains("usage: newslens"), "{stderr}");

    let output = newslens().args(["annotate", "/no/such/file.txt"]).output().expect("runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read or write /no/such/file.txt"));

    let output = newslens().args(["annotate", SEED, "--model", "/no/such/model.bin"]).output().expect("runs");
    assert!(!output.status.success(), "an explicit model that is missing is an error, not a fallback");

    let bad = scratch_file("bad.jsonl", "{\"text\": \"ohne id\"}\n");
    let output = newslens().arg("quotes").arg(&bad).output().expect("runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("bad.jsonl:1: no \"id\""));
}

#[test]
fn options_are_read_as_each_command_takes_them() {
    // (arguments, what standard error must say): a misspelt option is an error, not ignored
    // in favour of a default; an option's value cannot be left out.
    let cases: &[(&[&str], &str)] = &[
        (&["annotate", SEED, "--modle", MODEL], "annotate: no option --modle"),
        (&["annotate", SEED, "--model"], "annotate: missing argument for option '--model'"),
        (&["tag", SEED, "--format", "lines"], "tag: no option --format"),
        (&["quotes", "-m", MODEL], "quotes: invalid option '-m'"),
        (&["index", "articles"], "index: --out SITE"),
        (&["train", "--crf", "--dev", "x"], "train: --train FILE is required"),
        (&["tagg", SEED], "no command \"tagg\""),
    ];
    for (args, says) in cases {
        let output = newslens().args(*args).output().expect("runs");
        assert!(!output.status.success(), "{args:?} fails");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(says) && stderr.contains("usage: newslens"), "{args:?}: {stderr}");
    }
    // An option may stand before or after the file, in the --name=value form too.
    let before = stdout_of(newslens().args(["annotate", "--model", MODEL, SEED]));
    let joined = stdout_of(newslens().args(["annotate", SEED, &format!("--model={MODEL}")]));
    assert_eq!(before, joined);
}

#[test]
fn help_prints_the_usage() {
    let out = stdout_of(newslens().arg("--help"));
    assert!(out.starts_with("usage: newslens"));
    for command in ["annotate", "tag", "train", "quotes"] {
        assert!(out.contains(command), "{command} is listed");
    }
}

#[test]
fn annotate_reads_the_format_it_is_given() {
    let input = scratch_file("formats.txt", "Kurze Zeile\nNoch eine Zeile, mit Punkt.\n");
    let kinds = |format: &[&str]| -> Vec<String> {
        let out = stdout_of(newslens().arg("annotate").arg(&input).args(format));
        let printed: Value = serde_json::from_str(&out).expect("JSON");
        let blocks = printed["blocks"].as_array().expect("blocks");
        blocks.iter().map(|b| b["kind"]["type"].as_str().expect("a kind").to_string()).collect()
    };
    assert_eq!(kinds(&[]), ["title", "lead"], "a .txt file is an article");
    assert_eq!(kinds(&["--format", "article"]), ["title", "lead"]);
    assert_eq!(kinds(&["--format", "lines"]), ["paragraph", "paragraph"]);
    let output = newslens().arg("annotate").arg(&input).args(["--format", "pdf"]).output().expect("runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("article, markdown or lines"));
}

#[test]
fn index_puts_the_articles_beside_the_site_with_hashed_names_and_shards() {
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("index-test");
    let (articles, site) = (scratch.join("articles"), scratch.join("site"));
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&articles).unwrap();
    std::fs::copy(SEED, articles.join("stoltenberg-kiew-2023-04-20.txt")).unwrap();
    for i in 0..100 {
        let text =
            format!("---\ntitle: Bericht {i}\ndate: 2020-01-{:02}T10:00\nsource: Test\n---\nText {i}.\n", 1 + i % 28);
        std::fs::write(articles.join(format!("b-{i:03}.md")), text).unwrap();
    }
    std::fs::write(articles.join("notes.json"), "{}").unwrap();
    let printed = stdout_of(newslens().args(["index", articles.to_str().unwrap(), "--out", site.to_str().unwrap()]));
    let archive = newslens::ui::library::Archive::parse(&printed).expect("a manifest");
    assert_eq!(archive.shards.len(), 2, "101 articles in shards of about 64");
    let listing = std::fs::read_to_string(site.join(&archive.listing)).unwrap();
    let library = newslens::ui::library::Library::from_index(&listing).expect("an index");
    assert_eq!(library.len(), 101, "every .txt and .md file, nothing else");
    let seed = library.find("stoltenberg-kiew-2023-04-20").expect("the seed");
    assert!(seed.title.starts_with("NATO-Generalsekretär Stoltenberg"), "{}", seed.title);
    assert_eq!(seed.date.map(|d| d.iso()).as_deref(), Some("2023-04-20T12:06"));
    assert!(seed.words > 300, "{} words", seed.words);
    // Every entry is in the shard its slug names, and its file is where the manifest's path
    // for the files says, under the archive's hash, with the format its source file had.
    let files = archive.files.as_deref().expect("the articles' path");
    let hash = files.strip_prefix("articles/").unwrap().strip_suffix("/{slug}.txt").unwrap();
    assert!(hash.len() == 12 && hash.bytes().all(|b| b.is_ascii_hexdigit()), "{files}");
    for entry in library.iter() {
        let shard = std::fs::read_to_string(site.join(archive.shard_for(&entry.slug))).unwrap();
        assert!(newslens::ui::library::Library::from_index(&shard).unwrap().find(&entry.slug).is_some());
        assert_eq!(*entry.file, files.replace("{slug}", &entry.slug));
        assert!(site.join(&*entry.file).is_file(), "{}", entry.file);
        let markdown = entry.slug.starts_with("b-");
        assert_eq!(entry.format, if markdown { Format::Markdown } else { Format::Article }, "{}", entry.slug);
    }
    // The same content gives the same names; another content, another one.
    let again = stdout_of(newslens().args(["index", articles.to_str().unwrap(), "--out", site.to_str().unwrap()]));
    assert_eq!(again, printed);
    std::fs::write(articles.join("b-000.md"), "---\ntitle: Neu\n---\nAnders.\n").unwrap();
    let changed = stdout_of(newslens().args(["index", articles.to_str().unwrap(), "--out", site.to_str().unwrap()]));
    assert_ne!(changed.split(' ').next(), printed.split(' ').next(), "a new listing name");
    let moved = newslens::ui::library::Archive::parse(&changed).unwrap().files.unwrap();
    assert_ne!(moved, files, "another hash for the articles");
}

#[test]
fn index_refuses_a_file_name_that_is_no_address() {
    let scratch = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("index-bad");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).unwrap();
    std::fs::write(scratch.join("mit leerzeichen.txt"), "Titel\n\nText.").unwrap();
    let output = newslens()
        .args(["index", scratch.to_str().unwrap(), "--out", scratch.join("site").to_str().unwrap()])
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("a-z, 0-9"),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}
