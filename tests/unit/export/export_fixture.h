// A post with everything exports must get right: a hook, bullets, reserved little-text characters,
// quotes, commas, emoji, hashtags, a caption; and a second post with most fields unknown.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "export/export_input.h"

namespace repopost::exports::testing {

inline ExportInput FullPost() {
  ExportInput in;
  in.id = "v_0001";
  in.text =
      "What does it take to store 1 billion keys in 4 GB?\n\n"
      "leveldb is a key-value store from Google, written in C++ (no server, \"just a "
      "library\").\n\n"
      "\xE2\x80\xA2 Put(), Get() and Delete() on sorted keys\n"
      "\xE2\x80\xA2 Atomic batches: write_batch <= 1 call\n"
      "\xE2\x80\xA2 Snapshots, compression & [Snappy] support \xF0\x9F\x9A\x80\n\n"
      "Try it: https://github.com/google/leveldb | star it ~ or fork it @ home.\n\n"
      "#OpenSource #CPlusPlus #Databases";
  in.hook = "What does it take to store 1 billion keys in 4 GB?";
  in.hashtags = {"#OpenSource", "#CPlusPlus", "#Databases"};
  in.caption = "Demo: 400,000 writes/s, on a \"2011\" laptop";
  in.style = "learning";
  in.tone = "balanced";
  in.hook_type = "curiosity";
  in.source = "github.com/google/leveldb";
  in.created_at = "2026-11-24T03:10:00Z";
  in.quality = 82.5;
  in.safety_confidence = 0.93;
  in.image_url = "https://example.com/demo.png";
  in.tags = {"releases", "c++"};
  in.posting_time = "2026-11-25 09:30";
  return in;
}

inline ExportInput SparsePost() {
  ExportInput in;
  in.text = "Just a line, with a comma.";
  return in;
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
}

}  // namespace repopost::exports::testing
