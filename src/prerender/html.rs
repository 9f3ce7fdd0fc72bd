//! Step 2: where things go in trunk's `index.html` (trunk writes the loader script itself,
//! from `pattern_script` in Trunk.toml, and no preloads).

/// Put `fragment` right after the `<body ...>` start tag, before trunk's own body content
/// (hydration needs the app to be the first node of `<body>`).
pub fn splice_into_body(page: &str, fragment: &str) -> Result<String, String> {
    let start = find_tag(page, "<body").ok_or("no <body> tag in index.html")?;
    let end = start + page[start..].find('>').ok_or("unterminated <body> tag")? + 1;
    let rest = page[end..].trim_start();
    Ok(format!("{}{}{}", &page[..end], fragment, rest))
}

/// Insert markup just before `</head>`.
pub fn insert_in_head(page: &str, markup: &str) -> Result<String, String> {
    let i = page.find("</head>").ok_or("no </head> in index.html")?;
    Ok(format!("{}{}\n{}", &page[..i], markup, &page[i..]))
}

/// Insert markup first thing in `<head>` (before every script it may govern).
pub fn insert_first_in_head(page: &str, markup: &str) -> Result<String, String> {
    let head = find_tag(page, "<head").ok_or("no <head> tag")?;
    let end = head + page[head..].find('>').ok_or("unterminated <head>")? + 1;
    Ok(format!("{}\n{}{}", &page[..end], markup, &page[end..]))
}

/// Find an opening tag by name, skipping comments.
pub fn find_tag(page: &str, tag: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = page[from..].find(tag).map(|i| i + from) {
        let comment_open = page[..i].rfind("<!--");
        let comment_close = page[..i].rfind("-->");
        let in_comment = match (comment_open, comment_close) {
            (Some(o), Some(c)) => o > c,
            (Some(_), None) => true,
            _ => false,
        };
        let next = page[i + tag.len()..].chars().next();
        if !in_comment && matches!(next, Some('>' | ' ' | '\n' | '\t')) {
            return Some(i);
        }
        from = i + tag.len();
    }
    None
}
