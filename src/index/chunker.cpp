#include "index/chunker.h"

#include <string>
#include <utility>

#include "index/fact_source_kind.h"

namespace repopost::index {
namespace {

struct Heading {
  int level = 0;
  std::string text;
};

std::string_view Trim(std::string_view text) {
  std::size_t begin = 0;
  std::size_t end = text.size();
  while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) ++begin;
  while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return text.substr(begin, end - begin);
}

bool IsBlank(std::string_view line) { return Trim(line).empty(); }

std::size_t LeadingSpaces(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && line[n] == ' ') ++n;
  return n;
}

bool IsFence(std::string_view line) {
  const std::size_t indent = LeadingSpaces(line);
  if (indent > 3) return false;
  const std::string_view rest = line.substr(indent);
  return rest.starts_with("```") || rest.starts_with("~~~");
}

// "## Install ##" -> {2, "Install"}; level 0 when the line is not an ATX heading.
Heading ParseAtxHeading(std::string_view line) {
  const std::size_t indent = LeadingSpaces(line);
  if (indent > 3) return {};
  std::size_t level = 0;
  while (indent + level < line.size() && line[indent + level] == '#') ++level;
  if (level == 0 || level > 6) return {};
  const std::size_t after = indent + level;
  if (after < line.size() && line[after] != ' ' && line[after] != '\t') return {};
  std::string_view text = Trim(line.substr(after));
  while (!text.empty() && text.back() == '#') text.remove_suffix(1);
  return {static_cast<int>(level), std::string(Trim(text))};
}

// 1 for "====", 2 for "----", 0 otherwise.
int SetextLevel(std::string_view line) {
  const std::string_view text = Trim(line);
  if (text.empty() || LeadingSpaces(line) > 3) return 0;
  const char mark = text[0];
  if (mark != '=' && mark != '-') return 0;
  for (char c : text) {
    if (c != mark) return 0;
  }
  return mark == '=' ? 1 : 2;
}

std::size_t CountWords(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

std::string HeadingPath(const std::vector<Heading>& stack) {
  std::string path;
  for (const Heading& heading : stack) {
    if (!path.empty()) path += " > ";
    path += heading.text;
  }
  return path;
}

}  // namespace

void Chunker::AddDocument(const core::Document& document) {
  const std::string_view text = document.text;
  const int first_line = document.provenance.line_begin > 0 ? document.provenance.line_begin : 1;
  std::vector<Heading> stack;
  std::vector<Line> body;
  bool in_fence = false;
  bool previous_is_paragraph = false;
  std::size_t pos = 0;
  int number = first_line;
  auto open_section = [&](Heading heading, int line_number) {
    AddSection(document, HeadingPath(stack), body);
    body.clear();
    while (!stack.empty() && stack.back().level >= heading.level) stack.pop_back();
    stack.push_back(std::move(heading));
    body.push_back(Line{std::string_view(stack.back().text), -line_number});  // heading marker
  };
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (IsFence(line)) in_fence = !in_fence;
    Heading atx = in_fence ? Heading{} : ParseAtxHeading(line);
    const int setext = in_fence ? 0 : SetextLevel(line);
    if (atx.level > 0 && !atx.text.empty()) {
      open_section(std::move(atx), number);
      previous_is_paragraph = false;
    } else if (setext > 0 && previous_is_paragraph && !body.empty() && body.back().number > 0) {
      Line title = body.back();
      body.pop_back();
      open_section(Heading{setext, std::string(Trim(title.text))}, title.number);
      previous_is_paragraph = false;
    } else {
      body.push_back(Line{line, number});
      previous_is_paragraph = !in_fence && !IsBlank(line) && !IsFence(line);
    }
    if (end == text.size()) break;
    pos = end + 1;
    ++number;
  }
  AddSection(document, HeadingPath(stack), body);
}

// `lines` may start with a heading marker (negative number): it is not part of any chunk's text
// unless the section has no body, in which case the heading alone becomes the chunk.
void Chunker::AddSection(const core::Document& document, const std::string& heading,
                         const std::vector<Line>& lines) {
  std::size_t begin = 0;
  std::size_t end = lines.size();
  const bool has_marker = !lines.empty() && lines.front().number < 0;
  if (has_marker) begin = 1;
  while (begin < end && IsBlank(lines[begin].text)) ++begin;
  while (end > begin && IsBlank(lines[end - 1].text)) --end;
  if (begin == end) {
    if (has_marker) {
      std::vector<Line> only{Line{lines.front().text, -lines.front().number}};
      Emit(document, heading, only, 0, 1);
    }
    return;
  }
  std::size_t chunk_begin = begin;
  std::size_t chunk_words = 0;
  std::size_t i = begin;
  while (i < end) {
    if (IsBlank(lines[i].text)) {
      ++i;
      continue;
    }
    std::size_t block_end = i;
    std::size_t block_words = 0;
    while (block_end < end && !IsBlank(lines[block_end].text)) {
      block_words += CountWords(lines[block_end].text);
      ++block_end;
    }
    if (chunk_words > 0 && chunk_words + block_words > max_chunk_words_) {
      Emit(document, heading, lines, chunk_begin, i);
      chunk_begin = i;
      chunk_words = 0;
    }
    if (block_words <= max_chunk_words_) {
      chunk_words += block_words;
      i = block_end;
      continue;
    }
    // One block over the limit: split it between lines, a single long line between words.
    for (; i < block_end; ++i) {
      const std::size_t line_words = CountWords(lines[i].text);
      if (chunk_words > 0 && chunk_words + line_words > max_chunk_words_) {
        Emit(document, heading, lines, chunk_begin, i);
        chunk_begin = i;
        chunk_words = 0;
      }
      if (line_words > max_chunk_words_) {
        EmitLongLine(document, heading, lines[i]);
        chunk_begin = i + 1;
        continue;
      }
      chunk_words += line_words;
    }
  }
  if (chunk_words > 0) Emit(document, heading, lines, chunk_begin, end);
}

void Chunker::Emit(const core::Document& document, const std::string& heading,
                   const std::vector<Line>& lines, std::size_t begin, std::size_t end) {
  while (begin < end && IsBlank(lines[begin].text)) ++begin;
  while (end > begin && IsBlank(lines[end - 1].text)) --end;
  if (begin == end) return;
  Chunk chunk;
  chunk.id = "c" + std::to_string(chunks_.size() + 1);
  chunk.kind = document.kind;
  chunk.document_id = document.id;
  chunk.heading = heading;
  for (std::size_t i = begin; i < end; ++i) {
    if (i > begin) chunk.text += '\n';
    chunk.text += lines[i].text;
  }
  chunk.provenance = document.provenance;
  chunk.provenance.line_begin = lines[begin].number;
  chunk.provenance.line_end = lines[end - 1].number;
  chunks_.push_back(std::move(chunk));
}

void Chunker::EmitLongLine(const core::Document& document, const std::string& heading,
                           const Line& line) {
  std::string_view rest = line.text;
  while (!rest.empty()) {
    std::size_t words = 0;
    std::size_t cut = 0;
    bool in_word = false;
    while (cut < rest.size()) {
      const bool space = rest[cut] == ' ' || rest[cut] == '\t';
      if (!space && !in_word && ++words > max_chunk_words_) break;
      in_word = !space;
      ++cut;
    }
    std::vector<Line> piece{Line{rest.substr(0, cut), line.number}};
    Emit(document, heading, piece, 0, 1);
    rest.remove_prefix(cut);
  }
}

void Chunker::AddFact(const core::Fact& fact) {
  Chunk chunk;
  chunk.id = "c" + std::to_string(chunks_.size() + 1);
  chunk.kind = SourceKindOfFact(fact);
  chunk.fact_id = fact.id;
  chunk.heading = std::string(core::ToString(fact.kind));
  chunk.text = fact.value;
  if (!fact.detail.empty()) chunk.text += "\n" + fact.detail;
  chunk.provenance = fact.provenance;
  if (chunk.text.empty()) return;
  chunks_.push_back(std::move(chunk));
}

}  // namespace repopost::index
