//! Step 7: the link preview. A chat, a forum or a social site shows a shared address as a card
//! built from `og:*` tags; this draws that card's image, `og-image.png` (1200 x 630), from the
//! page's own hero text and the stylesheet's own colours, in the DejaVu fonts that ship with
//! the build, so the same build draws the same image on every machine.

use crate::content::HeroText;
use ab_glyph::{point, Font, FontRef, PxScale, ScaleFont};

/// The preview image's file name in `dist/`.
pub const IMAGE_FILE: &str = "og-image.png";
/// The size every card-showing site asks for (1.91:1).
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;

/// An sRGB colour.
type Rgb = [u8; 3];

/// The colours the card takes from the stylesheet's light palette (`:root` in main.css).
#[derive(Debug, PartialEq)]
pub struct Palette {
    bg: Rgb,
    surface: Rgb,
    text: Rgb,
    muted: Rgb,
    border: Rgb,
    accent: Rgb,
    accent_soft: Rgb,
    accent_text: Rgb,
}

/// `#rrggbb` to a colour.
fn hex(value: &str) -> Option<Rgb> {
    let digits = value.strip_prefix('#').filter(|d| d.len() == 6)?;
    let byte = |i: usize| u8::from_str_radix(digits.get(i..i + 2)?, 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

impl Palette {
    /// The palette from a stylesheet's first `:root { ... }` block.
    pub fn from_css(css: &str) -> Result<Palette, String> {
        let start = css
            .find(":root {")
            .ok_or("the stylesheet has no :root block")?;
        let block = &css[start..];
        let block = &block[..block.find('}').ok_or("unterminated :root block")?];
        let colour = |name: &str| {
            let decl = format!("--{name}:");
            let at = block.find(&decl).map(|i| i + decl.len());
            at.and_then(|i| hex(block[i..].split(';').next()?.trim()))
                .ok_or(format!(":root has no --{name} colour as #rrggbb"))
        };
        Ok(Palette {
            bg: colour("bg")?,
            surface: colour("surface")?,
            text: colour("text")?,
            muted: colour("muted")?,
            border: colour("border")?,
            accent: colour("accent")?,
            accent_soft: colour("accent-soft")?,
            accent_text: colour("accent-text")?,
        })
    }
}

/// An RGB picture being drawn.
struct Canvas {
    pixels: Vec<Rgb>,
}

impl Canvas {
    fn new(fill: Rgb) -> Canvas {
        Canvas {
            pixels: vec![fill; (WIDTH * HEIGHT) as usize],
        }
    }

    /// Lay `colour` over the pixel at `(x, y)` with `coverage` from 0 to 1.
    fn blend(&mut self, x: i64, y: i64, colour: Rgb, coverage: f32) {
        if x < 0 || y < 0 || x >= i64::from(WIDTH) || y >= i64::from(HEIGHT) {
            return;
        }
        let a = coverage.clamp(0.0, 1.0);
        let pixel = &mut self.pixels[(y * i64::from(WIDTH) + x) as usize];
        for (p, c) in pixel.iter_mut().zip(colour) {
            *p = (f32::from(*p) * (1.0 - a) + f32::from(c) * a).round() as u8;
        }
    }

    /// A filled rectangle with corners of `radius`, its edges smoothed.
    fn round_rect(&mut self, (x, y, w, h): (f32, f32, f32, f32), radius: f32, colour: Rgb) {
        let (cx, cy) = (x + w / 2.0, y + h / 2.0);
        let (hx, hy) = (w / 2.0 - radius, h / 2.0 - radius);
        for py in y.floor() as i64..(y + h).ceil() as i64 {
            for px in x.floor() as i64..(x + w).ceil() as i64 {
                // Signed distance from the pixel's centre to the rounded rectangle's edge.
                let qx = (px as f32 + 0.5 - cx).abs() - hx;
                let qy = (py as f32 + 0.5 - cy).abs() - hy;
                let (ox, oy) = (qx.max(0.0), qy.max(0.0));
                let distance = (ox * ox + oy * oy).sqrt() + qx.max(qy).min(0.0) - radius;
                self.blend(px, py, colour, 0.5 - distance);
            }
        }
    }

    /// `text` on one line from `x`, its baseline at `baseline`.
    fn text(
        &mut self,
        font: &FontRef,
        size: f32,
        (x, baseline): (f32, f32),
        text: &str,
        colour: Rgb,
    ) {
        for (id, offset) in layout(font, size, text).0 {
            let glyph = id.with_scale_and_position(size, point(x + offset, baseline));
            if let Some(outline) = font.outline_glyph(glyph) {
                let bounds = outline.px_bounds();
                outline.draw(|gx, gy, coverage| {
                    let px = bounds.min.x as i64 + i64::from(gx);
                    let py = bounds.min.y as i64 + i64::from(gy);
                    self.blend(px, py, colour, coverage);
                });
            }
        }
    }

    fn png(&self) -> Result<Vec<u8>, String> {
        let mut bytes = Vec::new();
        let mut encoder = png::Encoder::new(&mut bytes, WIDTH, HEIGHT);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.set_compression(png::Compression::Best);
        encoder.set_adaptive_filter(png::AdaptiveFilterType::Adaptive);
        let mut writer = encoder.write_header().map_err(|e| e.to_string())?;
        writer
            .write_image_data(&self.pixels.concat())
            .map_err(|e| e.to_string())?;
        writer.finish().map_err(|e| e.to_string())?;
        Ok(bytes)
    }
}

/// Each glyph of `text` at `size` pixels with its offset from the line's start (kerned), and
/// the line's width.
fn layout(font: &FontRef, size: f32, text: &str) -> (Vec<(ab_glyph::GlyphId, f32)>, f32) {
    let scaled = font.as_scaled(PxScale::from(size));
    let mut caret = 0.0;
    let mut previous = None;
    let mut glyphs = Vec::new();
    for c in text.chars() {
        let id = scaled.glyph_id(c);
        if let Some(p) = previous {
            caret += scaled.kern(p, id);
        }
        glyphs.push((id, caret));
        caret += scaled.h_advance(id);
        previous = Some(id);
    }
    (glyphs, caret)
}

/// How wide `text` is at `size` pixels.
fn width(font: &FontRef, size: f32, text: &str) -> f32 {
    layout(font, size, text).1
}

/// `text` broken into at most `max_lines` lines no wider than `limit`; when it needs more,
/// the last line ends in an ellipsis after its last whole word.
fn wrap(font: &FontRef, size: f32, text: &str, limit: f32, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if width(font, size, &format!("{line} {word}")) <= limit => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = &mut lines[max_lines - 1];
        while width(font, size, &format!("{last}…")) > limit {
            match last.rfind(' ') {
                Some(i) => last.truncate(i),
                None => break,
            }
        }
        last.push('…');
    }
    lines
}

/// Margin around the card's content.
const MARGIN: f32 = 80.0;

/// The card: the hero's label as a pill, its title, its subtitle and its facts as pills, on
/// the page's background, with the accent as a band along the bottom.
pub fn image(palette: &Palette, hero: &HeroText) -> Result<Vec<u8>, String> {
    let bold = FontRef::try_from_slice(dejavu::sans::bold()).map_err(|e| e.to_string())?;
    let regular = FontRef::try_from_slice(dejavu::sans::regular()).map_err(|e| e.to_string())?;
    let mut canvas = Canvas::new(palette.bg);
    let limit = WIDTH as f32 - 2.0 * MARGIN;

    // The label pill, as `.hero-label`.
    let label_w = width(&bold, 26.0, hero.label) + 44.0;
    canvas.round_rect((MARGIN, 64.0, label_w, 48.0), 24.0, palette.accent_soft);
    canvas.text(
        &bold,
        26.0,
        (MARGIN + 22.0, 97.0),
        hero.label,
        palette.accent_text,
    );

    let mut baseline = 112.0 + 96.0;
    for line in wrap(&bold, 76.0, hero.title, limit, 2) {
        canvas.text(&bold, 76.0, (MARGIN - 4.0, baseline), &line, palette.text);
        baseline += 86.0;
    }
    baseline += 8.0 - 86.0 + 52.0;
    for line in wrap(&regular, 31.0, hero.subtitle, limit, 3) {
        canvas.text(&regular, 31.0, (MARGIN, baseline), &line, palette.muted);
        baseline += 44.0;
    }

    // The facts, as `.hero-facts li`: a bordered pill each, in a row above the band.
    let mut x = MARGIN;
    let top = HEIGHT as f32 - 24.0 - 44.0 - 56.0;
    for fact in hero.facts {
        let w = width(&bold, 24.0, fact) + 40.0;
        canvas.round_rect((x, top, w, 56.0), 28.0, palette.border);
        canvas.round_rect((x + 2.0, top + 2.0, w - 4.0, 52.0), 26.0, palette.surface);
        canvas.text(&bold, 24.0, (x + 20.0, top + 37.0), fact, palette.text);
        x += w + 14.0;
    }
    canvas.round_rect(
        (0.0, HEIGHT as f32 - 24.0, WIDTH as f32, 24.0),
        0.0,
        palette.accent,
    );
    canvas.png()
}

/// What the card's image shows, for those who cannot see it.
pub fn image_alt(hero: &HeroText) -> String {
    format!("{}: {}", hero.title, hero.facts.join(", "))
}

/// The preview tags: the image (at the site's address when the build knows it, else beside
/// the page) with its size and description, and a large-image card for X/Twitter, which takes
/// its title, description and image from the `og:` tags.
pub fn tags(base_url: Option<&str>, alt: &str) -> String {
    let image = format!("{}{IMAGE_FILE}", base_url.unwrap_or(""));
    let alt = alt
        .replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;");
    format!(
        "<meta property=\"og:image\" content=\"{image}\">\
         <meta property=\"og:image:alt\" content=\"{alt}\">\
         <meta name=\"twitter:card\" content=\"summary_large_image\">"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::HERO;

    const CSS: &str = include_str!("../../style/main.css");

    #[test]
    fn the_palette_is_the_stylesheets_light_one() {
        let palette = Palette::from_css(CSS).unwrap();
        assert_eq!(palette.bg, [0xf6, 0xf7, 0xfb]);
        assert_eq!(palette.accent, [0x43, 0x38, 0xca]);
        assert!(Palette::from_css(":root { --bg: #fff; }").is_err());
        assert!(Palette::from_css("body { color: red }").is_err());
    }

    #[test]
    fn the_card_is_a_1200_by_630_png_under_100_kb_in_the_pages_colours() {
        let palette = Palette::from_css(CSS).unwrap();
        let bytes = image(&palette, &HERO).unwrap();
        assert!(bytes.len() < 100_000, "{} bytes", bytes.len());
        let decoder = png::Decoder::new(bytes.as_slice());
        let mut reader = decoder.read_info().unwrap();
        let mut pixels = vec![0; reader.output_buffer_size()];
        let info = reader.next_frame(&mut pixels).unwrap();
        assert_eq!((info.width, info.height), (WIDTH, HEIGHT));
        let at = |x: u32, y: u32| {
            let i = ((y * WIDTH + x) * 3) as usize;
            [pixels[i], pixels[i + 1], pixels[i + 2]]
        };
        assert_eq!(at(WIDTH - 2, 2), palette.bg, "background");
        assert_eq!(at(WIDTH / 2, HEIGHT - 2), palette.accent, "the accent band");
        // The title is drawn: the band of its first line holds text-coloured pixels.
        let inked = (160..220)
            .flat_map(|y| (80..1100).map(move |x| (x, y)))
            .filter(|&(x, y)| at(x, y) == palette.text)
            .count();
        assert!(inked > 2_000, "{inked} title pixels");
    }

    #[test]
    fn long_text_wraps_within_the_card_and_ends_in_an_ellipsis() {
        let font = FontRef::try_from_slice(dejavu::sans::regular()).unwrap();
        let lines = wrap(&font, 31.0, &"word ".repeat(200), 1040.0, 3);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
        assert!(lines.iter().all(|l| width(&font, 31.0, l) <= 1040.0));
        assert_eq!(wrap(&font, 31.0, "Short", 1040.0, 3), ["Short"]);
    }

    #[test]
    fn the_tags_point_at_the_image_and_escape_the_description() {
        let tags = tags(Some("https://host.example/roadmap/"), "A \"B\" <c> & d");
        assert!(tags.contains("content=\"https://host.example/roadmap/og-image.png\""));
        assert!(tags.contains("content=\"A &quot;B&quot; &lt;c> &amp; d\""));
        assert!(tags.contains("twitter:card\" content=\"summary_large_image\""));
        assert!(super::tags(None, "x").contains("content=\"og-image.png\""));
    }
}
