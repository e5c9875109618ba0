// CSV mapping (siddhi-map-csv). Source: one record per line, fields split on `delimiter`
// (default ','), "quoted" fields with "" for a quote; fields map to attributes by position, by
// @attributes(name='index'), or by the header line when header.present='true'. A record with
// fewer fields than attributes is malformed unless fail.on.unknown.attribute='false' (then
// the missing attributes are NULL). Sink: fields in attribute order, quoted when needed, with
// a header line first when header='true'.
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "frontend/base/status_macros.h"
#include "runtime/io/attribute_text.h"
#include "runtime/io/mapper.h"

namespace talon::exec::io {
namespace {

// Splits one CSV record into `fields` (views into `record` or into `scratch` for fields with
// escaped quotes; a deque, so earlier views stay valid). InvalidArgument for an unterminated quote.
absl::Status SplitCsv(std::string_view record, char delimiter,
                      std::vector<std::string_view>& fields, std::deque<std::string>& scratch) {
  fields.clear();
  scratch.clear();
  size_t i = 0;
  const size_t n = record.size();
  while (true) {
    if (i < n && record[i] == '"') {
      // Quoted field.
      size_t start = ++i;
      bool escaped = false;
      while (true) {
        if (i >= n) return absl::InvalidArgumentError("unterminated quoted field");
        if (record[i] == '"') {
          if (i + 1 < n && record[i + 1] == '"') {
            escaped = true;
            i += 2;
            continue;
          }
          break;
        }
        ++i;
      }
      std::string_view raw = record.substr(start, i - start);
      ++i;  // closing quote
      if (escaped) {
        std::string unescaped;
        for (size_t k = 0; k < raw.size(); ++k) {
          unescaped += raw[k];
          if (raw[k] == '"') ++k;
        }
        scratch.push_back(std::move(unescaped));
        fields.push_back(scratch.back());
      } else {
        fields.push_back(raw);
      }
      // Spaces between the closing quote and the delimiter are tolerated.
      while (i < n && record[i] == ' ') ++i;
      if (i < n && record[i] != delimiter) {
        return absl::InvalidArgumentError("text after a quoted field");
      }
    } else {
      size_t end = record.find(delimiter, i);
      if (end == std::string_view::npos) end = n;
      fields.push_back(record.substr(i, end - i));
      i = end;
    }
    if (i >= n) break;
    ++i;  // delimiter
    if (i == n) {
      fields.push_back(std::string_view());
      break;
    }
  }
  return absl::OkStatus();
}

class CsvSourceMapper : public SourceMapper {
 public:
  CsvSourceMapper(const Schema& schema, char delimiter, bool header, bool fail_on_unknown,
                  std::vector<int> positions)
      : schema_(schema),
        delimiter_(delimiter),
        expects_header_(header),
        fail_on_unknown_(fail_on_unknown),
        positions_(std::move(positions)) {}

  bool expects_header() const override { return expects_header_; }

  absl::Status Map(std::string_view record, BatchBuilder& out) override {
    TALON_RETURN_IF_ERROR(SplitCsv(record, delimiter_, fields_, scratch_));
    if (expects_header_) {
      expects_header_ = false;
      return ReadHeader();
    }
    out.BeginRow();
    for (size_t column = 0; column < schema_.size(); ++column) {
      int position = positions_.empty() ? static_cast<int>(column) : positions_[column];
      if (position < 0 || static_cast<size_t>(position) >= fields_.size()) {
        if (fail_on_unknown_) {
          return absl::InvalidArgumentError(
              absl::StrCat("expected ", schema_.size(), " fields, found ", fields_.size(),
                           " (attribute '", schema_.at(column).name, "' has no value)"));
        }
        out.SetNull(column);
        continue;
      }
      std::string_view field = fields_[position];
      if (field.empty() && schema_.at(column).type != Type::kString) {
        out.SetNull(column);
        continue;
      }
      absl::Status status = SetFromText(out, column, field);
      if (!status.ok()) {
        return absl::InvalidArgumentError(
            absl::StrCat("attribute '", schema_.at(column).name, "': ", status.message()));
      }
    }
    return out.CommitRow();
  }

 private:
  absl::Status ReadHeader() {
    // The header decides positions unless @attributes already did.
    if (!positions_.empty()) return absl::OkStatus();
    std::vector<int> positions(schema_.size(), -1);
    for (size_t i = 0; i < fields_.size(); ++i) {
      std::string name(fields_[i]);
      while (!name.empty() && name.back() == ' ') name.pop_back();
      while (!name.empty() && name.front() == ' ') name.erase(name.begin());
      if (std::optional<size_t> column = schema_.IndexOf(name)) {
        positions[*column] = static_cast<int>(i);
      }
    }
    for (size_t column = 0; column < schema_.size(); ++column) {
      if (positions[column] < 0 && fail_on_unknown_) {
        return absl::InvalidArgumentError(absl::StrCat(
            "header has no column '", schema_.at(column).name, "' (attributes ",
            schema_.ToString(), ")"));
      }
    }
    positions_ = std::move(positions);
    return absl::OkStatus();
  }

  Schema schema_;
  char delimiter_;
  bool expects_header_;
  bool fail_on_unknown_;
  std::vector<int> positions_;  // field index of each attribute; empty: attribute order
  std::vector<std::string_view> fields_;
  std::deque<std::string> scratch_;
};

void AppendCsvField(std::string_view text, char delimiter, std::string& out) {
  bool quote = text.find_first_of(std::string{delimiter, '"', '\n', '\r'}) != std::string::npos;
  if (!quote) {
    out.append(text);
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

class CsvSinkMapper : public SinkMapper {
 public:
  CsvSinkMapper(const Schema& schema, char delimiter, bool header)
      : schema_(schema), delimiter_(delimiter), header_(header) {}

  void Format(const Event& event, std::string& out) const override {
    for (size_t i = 0; i < event.data.size(); ++i) {
      if (i > 0) out += delimiter_;
      const Value& value = event.data[i];
      if (value.is_null()) continue;  // an empty field
      AppendCsvField(value.ToString(), delimiter_, out);
    }
  }

  std::string Header() const override {
    if (!header_) return "";
    std::string line;
    for (size_t i = 0; i < schema_.size(); ++i) {
      if (i > 0) line += delimiter_;
      AppendCsvField(schema_.at(i).name, delimiter_, line);
    }
    return line;
  }

 private:
  Schema schema_;
  char delimiter_;
  bool header_;
};

absl::StatusOr<char> Delimiter(const MapSpec& map) {
  std::string delimiter = map.options.Get("delimiter", ",");
  if (delimiter == "\\t") delimiter = "\t";
  if (delimiter.size() != 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("delimiter='", delimiter, "': Talon supports one-character delimiters"));
  }
  return delimiter[0];
}

}  // namespace

absl::StatusOr<std::unique_ptr<SourceMapper>> MakeCsvSourceMapper(const MapSpec& map,
                                                                  const Schema& schema) {
  TALON_ASSIGN_OR_RETURN(char delimiter, Delimiter(map));
  TALON_ASSIGN_OR_RETURN(bool header, map.options.GetBool("header.present", false));
  TALON_ASSIGN_OR_RETURN(bool fail_on_unknown,
                         map.options.GetBool("fail.on.unknown.attribute", true));
  std::vector<int> positions;
  if (!map.attributes.empty()) {
    positions.assign(schema.size(), -1);
    for (size_t i = 0; i < map.attributes.size(); ++i) {
      const auto& [name, position_text] = map.attributes[i];
      std::optional<size_t> column = name.empty() ? std::optional<size_t>(i) : schema.IndexOf(name);
      int position = 0;
      if (!column || *column >= schema.size()) {
        return absl::InvalidArgumentError(
            absl::StrCat("@attributes: '", name, "' is not an attribute of ", schema.ToString()));
      }
      if (!absl::SimpleAtoi(position_text, &position) || position < 0) {
        return absl::InvalidArgumentError(absl::StrCat(
            "@attributes(", name, "='", position_text, "'): expected a field index (0, 1, ...)"));
      }
      positions[*column] = position;
    }
  }
  return std::make_unique<CsvSourceMapper>(schema, delimiter, header, fail_on_unknown,
                                           std::move(positions));
}

absl::StatusOr<std::unique_ptr<SinkMapper>> MakeCsvSinkMapper(const MapSpec& map,
                                                              const Schema& schema) {
  TALON_ASSIGN_OR_RETURN(char delimiter, Delimiter(map));
  TALON_ASSIGN_OR_RETURN(bool header, map.options.GetBool("header", false));
  return std::make_unique<CsvSinkMapper>(schema, delimiter, header);
}

}  // namespace talon::exec::io
