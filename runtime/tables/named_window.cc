#include "runtime/tables/named_window.h"

#include "frontend/base/status_macros.h"

namespace talon::exec {

NamedWindow::NamedWindow(std::string name, Schema schema, std::unique_ptr<Window> window,
                         ast::OutputEventType output)
    : name_(std::move(name)),
      schema_(std::move(schema)),
      window_(std::move(window)),
      state_(window_->CreateState()),
      publish_current_(output != ast::OutputEventType::kExpired),
      publish_expired_(output == ast::OutputEventType::kExpired ||
                       output == ast::OutputEventType::kAll ||
                       output == ast::OutputEventType::kDefault) {}

void NamedWindow::Publish(const Batch& out, std::vector<Batch>& published) const {
  Batch chunk(schema_);
  auto flush = [&] {
    if (!chunk.empty()) published.push_back(std::move(chunk));
    chunk = Batch(schema_);
  };
  for (size_t i = 0; i < out.size(); ++i) {
    EventKind kind = out.kind(i);
    if (kind == EventKind::kTimer) {
      flush();
    } else if ((kind == EventKind::kCurrent && publish_current_) ||
               (kind == EventKind::kExpired && publish_expired_)) {
      chunk.AppendRow(out, i);
    }
  }
  flush();
}

absl::Status NamedWindow::Insert(const Batch& events, Timestamp now,
                                 std::vector<Batch>& published) {
  Batch out;
  // As WindowOperator: a notification that fell due at `now` fires before the new events.
  std::optional<Timestamp> due = window_->NextWakeup(*state_);
  if (due && *due <= now) TALON_RETURN_IF_ERROR(window_->OnTime(*state_, now, out));
  Batch current = events;
  for (size_t i = 0; i < current.size(); ++i) current.set_kind(i, EventKind::kCurrent);
  if (!out.empty()) EndChunk(out, now);
  TALON_RETURN_IF_ERROR(window_->Process(*state_, current, now, out));
  Publish(out, published);
  return absl::OkStatus();
}

absl::Status NamedWindow::OnTime(Timestamp now, std::vector<Batch>& published) {
  std::optional<Timestamp> due = window_->NextWakeup(*state_);
  if (!due || *due > now) return absl::OkStatus();
  Batch out;
  TALON_RETURN_IF_ERROR(window_->OnTime(*state_, now, out));
  Publish(out, published);
  return absl::OkStatus();
}

void NamedWindow::Contents(Batch& out) const { window_->Contents(*state_, out); }

size_t NamedWindow::StateSize() const { return window_->StateSize(*state_); }

size_t NamedWindow::StateBytes() const { return window_->StateBytes(*state_); }

}  // namespace talon::exec
