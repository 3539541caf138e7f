//! `newslens index DIR --out SITE`: puts an archive's articles beside the app. Each `.txt` and
//! `.md` file in DIR is copied to `SITE/articles/<hash>/<slug>.txt`, `<hash>` being a hash of
//! the whole archive (every slug, format and text); the index (a listing of every article,
//! newest first, and the same entries in shards by slug, each entry with its file and format)
//! goes beside them as `<name>.<hash>.tsv`; the manifest that `index.html` carries (the
//! listing's and the shards' paths, and the articles' path with `{slug}`) is printed.
//!
//! Every name holds a hash of the content, so a new deployment never reuses an old name for
//! other content. The articles' one hash for all makes an article's address known from its slug
//! alone, so a page asks for the file beside the shard, not after it; the price is that a
//! deployment changing one article renames them all (readers fetch the few they open again).

use std::fs;
use std::path::Path;

use newslens::engine::Format;
use newslens::ui::library::{shard_of, Archive, ArticleSource, Entry, Library, SHARD_SIZE, SLUG_PLACEHOLDER};

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
    let mut articles = Vec::with_capacity(paths.len());
    for path in paths {
        let shown = path.display().to_string();
        let slug = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        if !valid_slug(&slug) {
            return Err(Error::input(format!(
                "{shown}: use only a-z, 0-9, '-' and '_' in the name (it becomes the URL)"
            )));
        }
        let source = read_text(&shown)?;
        articles.push(ArticleSource {
            slug: slug.into(),
            format: Format::from_file_name(&shown),
            source: source.into(),
        });
    }
    // Slugs hold no tab or line break, so these separators keep the hash unambiguous.
    let whole: Vec<u8> = articles
        .iter()
        .flat_map(|a| [a.slug.as_bytes(), b"\t", a.format.name().as_bytes(), b"\t", a.source.as_bytes(), b"\0"])
        .flatten()
        .copied()
        .collect();
    let hash = content_hash(&whole);
    let files = format!("articles/{hash}/{SLUG_PLACEHOLDER}.txt");
    let dir = out.join(&hash);
    fs::create_dir_all(&dir).map_err(|e| Error::io(&dir.display().to_string(), e))?;
    let mut entries = Vec::with_capacity(articles.len());
    for article in articles {
        let file = files.replace(SLUG_PLACEHOLDER, &article.slug);
        write(&Path::new(site).join(&file), article.source.as_bytes())?;
        entries.push(Entry::of(article, file));
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
    println!("{}", Archive { listing, shards, files: Some(files) }.manifest());
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
