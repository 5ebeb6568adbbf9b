#include "export/csv_reader.h"

#include <gtest/gtest.h>

#include "export/csv_writer.h"

namespace repopost::exports {
namespace {

TEST(CsvReader, ReadsQuotedFieldsWithCommasQuotesAndNewlines) {
  auto records = ParseCsv("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"line1\nline2\"\r\n");
  ASSERT_TRUE(records.has_value()) << records.error().message;
  ASSERT_EQ(records->size(), 2u);
  EXPECT_EQ((*records)[1], (CsvRecord{"x, y", "say \"hi\"", "line1\nline2"}));
}

TEST(CsvReader, HandlesLfEmptyFieldsBomAndNoFinalNewline) {
  auto records = ParseCsv("\xEF\xBB\xBFh1,h2\n,\n1,2");
  ASSERT_TRUE(records.has_value());
  ASSERT_EQ(records->size(), 3u);
  EXPECT_EQ((*records)[0][0], "h1");
  EXPECT_EQ((*records)[1], (CsvRecord{"", ""}));
  EXPECT_EQ((*records)[2], (CsvRecord{"1", "2"}));
  EXPECT_TRUE(ParseCsv("")->empty());
}

TEST(CsvReader, RejectsMalformedInputNamingTheRecord) {
  struct Case {
    const char* csv;
    const char* message_part;
  } cases[] = {{"a,\"unterminated\n", "unterminated"},
               {"a,\"x\"y\n", "after a closing quote"},
               {"a,b\"c\n", "quote inside"}};
  for (const Case& c : cases) {
    auto r = ParseCsv(c.csv);
    ASSERT_FALSE(r.has_value()) << c.csv;
    EXPECT_EQ(r.error().code, core::ErrorCode::kInput);
    EXPECT_NE(r.error().message.find(c.message_part), std::string::npos) << r.error().message;
    EXPECT_NE(r.error().message.find("record 1"), std::string::npos);
  }
}

TEST(CsvReader, TableChecksRowWidthAndFindsColumns) {
  auto t = ReadCsv("name,value\nx,1\n");
  ASSERT_TRUE(t.has_value());
  EXPECT_EQ(t->Column("value"), 1u);
  EXPECT_FALSE(t->Column("missing"));
  EXPECT_FALSE(ReadCsv("name,value\nx\n").has_value());
  EXPECT_FALSE(ReadCsv("").has_value());
}

TEST(CsvWriter, RoundTripsThroughTheReader) {
  std::vector<CsvRecord> rows = {{"Text", "Tags"},
                                 {"Hello, \"world\"\nsecond line", ""},
                                 {" leading space", "a,b"},
                                 {"\xF0\x9F\x9A\x80 emoji", "plain"}};
  CsvWriter w;
  for (const auto& r : rows) w.Add(r);
  EXPECT_NE(w.Text().find("\r\n"), std::string::npos);
  auto back = ParseCsv(w.Text());
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, rows);
  EXPECT_EQ(CsvWriter::Quote("plain"), "plain");
  EXPECT_EQ(CsvWriter::Quote("a\"b"), "\"a\"\"b\"");
}

}  // namespace
}  // namespace repopost::exports
