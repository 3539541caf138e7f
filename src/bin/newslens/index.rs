//! `newslens index DIR --out SITE`: puts an archive's articles beside the app. Each `.txt` and
//! `.md` file in DIR is copied to `SITE/articles/<slug>.<hash>.<ext>`; the index (a listing of
//! every article, newest first, and the same entries in shards by slug) goes beside them; the
//! manifest that `index.html` carries (the listing's and the shards' paths) is printed.
//!
//! Every name holds a hash of the file's content, so a new deployment never reuses an old name
//! for other content.

use std::fs;
use std::path::Path;

use newslens::engine::Format;
use newslens::ui::library::{shard_of, Archive, ArticleSource, Entry, Library, SHARD_SIZE};

use crate::args::{Args, Spec};
use crate::error::{read_text, Error};

pub const SPEC: Spec = Spec { values: &["out"], flags: &[] };

pub fn run(args: &Args) -> Result<(), Error> {
    let dir = args.positional(0).ok_or_else(|| Error::usage("index: which folder of articles?"))?;
    let site = args.value("out").ok_or_else(|| Error::usage("index: --out SITE (the built site's folder)"))?;
    let out = Path::new(site).join("articles");
    fs::create_dir_all(&out).map_err(|e| Error::io(&out.display().to_string(), e))?;

    let mut paths: Vec<_> = fs::read_dir(dir)
        .map_err(|e| Error::io(dir, e))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "md")))
        .collect();
    paths.sort();
    let mut entries = Vec::with_capacity(paths.len());
    for path in paths {
        let shown = path.display().to_string();
        let slug = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if !valid_slug(&slug) {
            return Err(Error::input(format!(
                "{shown}: use only a-z, 0-9, '-' and '_' in the name (it becomes the URL)"
            )));
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("txt");
        let source = read_text(&shown)?;
        let file = format!("{slug}.{}.{ext}", content_hash(source.as_bytes()));
        write(&out.join(&file), source.as_bytes())?;
        let article = ArticleSource { slug: slug.into(), format: Format::from_file_name(&file), source: source.into() };
        entries.push(Entry::of(article, format!("articles/{file}")));
    }

    let library = Library::from_entries(entries);
    let listing = publish(&out, "index", &library)?;
    let count = library.len().div_ceil(SHARD_SIZE).max(1);
    let mut shards = vec![Vec::new(); count];
    for entry in library.iter() {
        shards[shard_of(&entry.slug, count)].push(entry.clone());
    }
    let shards = shards
        .into_iter()
        .enumerate()
        .map(|(i, entries)| publish(&out, &format!("shard-{i}"), &Library::from_entries(entries)))
        .collect::<Result<Vec<_>, _>>()?;
    println!("{}", Archive { listing, shards }.manifest());
    Ok(())
}

/// Writes `library`'s index as `<dir>/<stem>.<hash>.tsv`; its path relative to the site.
fn publish(dir: &Path, stem: &str, library: &Library) -> Result<String, Error> {
    let text = library.to_index();
    let file = format!("{stem}.{}.tsv", content_hash(text.as_bytes()));
    write(&dir.join(&file), text.as_bytes())?;
    Ok(format!("articles/{file}"))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    fs::write(path, bytes).map_err(|e| Error::io(&path.display().to_string(), e))
}

fn valid_slug(slug: &str) -> bool {
    !slug.is_empty() && slug.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// 12 hex digits of FNV-1a (64 bits) over the bytes: enough to tell deployments' files apart.
fn content_hash(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    format!("{:012x}", hash >> 16)
}
