#include "paper.hpp"

#include <fmt/format.h>

namespace spleis {

namespace {

// Characters Markdown would read as markup, anywhere in a line.
std::string markdown_inline(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (std::string_view("\\`*_[]<>|").find(c) != std::string_view::npos) out += '\\';
        out += c;
    }
    return out;
}

// A paragraph or list item, where a line's first character may start a block.
std::string markdown_escaped(const std::string& text) {
    std::string out = markdown_inline(text);
    // At the start of a line "+ ", "- ", "= ", "# " or "1. " would start a list or a heading.
    if (!out.empty() && std::string_view("+-=#").find(out.front()) != std::string_view::npos) out.insert(out.begin(), '\\');
    return out;
}

std::string markdown_row(const std::vector<std::string>& cells, bool bold) {
    std::string out = "|";
    for (const std::string& cell : cells) {
        const std::string text = markdown_inline(cell);  // in a cell, "+12 kr" starts no list
        out += " " + (bold && !text.empty() ? "**" + text + "**" : text) + " |";
    }
    return out + "\n";
}

std::string html_escaped(const std::string& text) {
    std::string out;
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// A number's spaces ("260 000 kr") become no-break spaces so a narrow column wraps between
// words, never inside an amount.
std::string unbroken(const std::string& html) {
    std::string out;
    for (const char c : html) out += c == ' ' ? std::string("&nbsp;") : std::string(1, c);
    return out;
}

std::string html_cell(const char* tag, const std::string& text, bool right, bool bold) {
    std::string content = html_escaped(text);
    if (right) content = unbroken(content);
    if (bold && !content.empty()) content = "<b>" + content + "</b>";
    return fmt::format("<{0}{1}>{2}</{0}>", tag, right ? " align=\"right\" class=\"n\"" : "", content);
}

std::string_view html_lang(Language lang) {
    switch (lang) {
        case Language::en: return "en";
        case Language::nb: return "nb";
        case Language::nn: return "nn";
    }
    return "en";
}

}  // namespace

std::string markdown_text(const Paper& paper) {
    std::string out;
    for (const PaperBlock& b : paper.blocks) {
        if (!out.empty()) out += "\n";
        switch (b.kind) {
            case PaperBlock::Kind::heading: out += std::string(static_cast<std::size_t>(b.level), '#') + " " + markdown_escaped(b.text) + "\n"; break;
            case PaperBlock::Kind::paragraph: out += markdown_escaped(b.text) + "\n"; break;
            case PaperBlock::Kind::list:
                for (const std::string& item : b.items) out += "- " + markdown_escaped(item) + "\n";
                break;
            case PaperBlock::Kind::table: {
                const PaperTable& t = b.table;
                out += markdown_row(t.header, false);
                out += "|";
                for (std::size_t c = 0; c < t.header.size(); ++c)
                    out += c < t.right_aligned.size() && t.right_aligned[c] ? " ---: |" : " :--- |";
                out += "\n";
                for (std::size_t r = 0; r < t.rows.size(); ++r) out += markdown_row(t.rows[r], r + t.total_rows >= t.rows.size());
                break;
            }
        }
    }
    return out;
}

std::string html_text(const Paper& paper) {
    std::string out = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\n"
        "body {{ font-family: Calibri, Arial, sans-serif; font-size: 11pt; }}\n"
        "table {{ border-collapse: collapse; margin: 0.4em 0 1em; }}\n"
        "th, td {{ border: 1px solid #808080; padding: 2px 6px; vertical-align: top; }}\n"
        "th {{ background: #e8e8e8; text-align: left; }}\n"
        ".n {{ text-align: right; }}\n"
        "</style>\n</head>\n<body>\n",
        html_lang(paper.lang), html_escaped(paper.title));
    for (const PaperBlock& b : paper.blocks) {
        switch (b.kind) {
            case PaperBlock::Kind::heading: out += fmt::format("<h{0}>{1}</h{0}>\n", b.level, html_escaped(b.text)); break;
            case PaperBlock::Kind::paragraph: out += "<p>" + html_escaped(b.text) + "</p>\n"; break;
            case PaperBlock::Kind::list:
                out += "<ul>\n";
                for (const std::string& item : b.items) out += "<li>" + html_escaped(item) + "</li>\n";
                out += "</ul>\n";
                break;
            case PaperBlock::Kind::table: {
                const PaperTable& t = b.table;
                const auto right = [&](std::size_t c) { return c < t.right_aligned.size() && t.right_aligned[c]; };
                // border and cellpadding as attributes too: word processors read those where they skip CSS.
                out += "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\">\n<thead><tr>";
                for (std::size_t c = 0; c < t.header.size(); ++c) out += html_cell("th", t.header[c], right(c), false);
                out += "</tr></thead>\n<tbody>\n";
                for (std::size_t r = 0; r < t.rows.size(); ++r) {
                    out += "<tr>";
                    for (std::size_t c = 0; c < t.rows[r].size(); ++c)
                        out += html_cell("td", t.rows[r][c], right(c), r + t.total_rows >= t.rows.size());
                    out += "</tr>\n";
                }
                out += "</tbody>\n</table>\n";
                break;
            }
        }
    }
    return out + "</body>\n</html>\n";
}

}  // namespace spleis
