// Handlers for /v1/posts, /v1/check and /v1/batches: parse -> call one service -> map the result.
#include "app/post_export.h"
#include "server/problem.h"
#include "server/route_table.h"

namespace repopost::server {
namespace {

app::Actor ActorFor(const Caller& caller, const HttpRequest& request) {
  return {caller.id, request.remote_address};
}

HttpResponse Json(int status, std::string body) {
  HttpResponse response;
  response.status = status;
  response.body = std::move(body);
  return response;
}

HttpResponse Problem(const core::Error& error, const HttpRequest& request) {
  return ProblemResponse(error, request.path);
}

std::string ExportContentType(exports::ExportFormat format) {
  switch (format) {
    case exports::ExportFormat::kLinkedInApi:
    case exports::ExportFormat::kNotion:
    case exports::ExportFormat::kJson:
      return "application/json";
    case exports::ExportFormat::kBuffer:
    case exports::ExportFormat::kCsv:
      return "text/csv; charset=utf-8";
    case exports::ExportFormat::kMarkdown:
    case exports::ExportFormat::kNotionMarkdown:
      return "text/markdown; charset=utf-8";
    default:
      return "text/plain; charset=utf-8";
  }
}

std::string_view ExportFileExtension(exports::ExportFormat format) {
  switch (format) {
    case exports::ExportFormat::kLinkedInApi:
    case exports::ExportFormat::kNotion:
    case exports::ExportFormat::kJson:
      return "json";
    case exports::ExportFormat::kBuffer:
    case exports::ExportFormat::kCsv:
      return "csv";
    case exports::ExportFormat::kMarkdown:
    case exports::ExportFormat::kNotionMarkdown:
      return "md";
    default:
      return "txt";
  }
}

bool WantsEventStream(const HttpRequest& request) {
  return request.Header("accept").find("text/event-stream") != std::string::npos;
}

}  // namespace

HttpResponse CreatePost(ApiContext& context, const HttpRequest& request, const Caller& caller) {
  auto parsed = ParseGenerateRequest(request.body);
  if (!parsed) return Problem(parsed.error(), request);
  auto prepared = context.generations.Prepare(std::move(*parsed));
  if (!prepared) return Problem(prepared.error(), request);
  const app::Actor actor = ActorFor(caller, request);
  if (WantsEventStream(request)) {
    HttpResponse response;
    response.stream = [&context, req = std::move(*prepared), actor](EventSink& sink) {
      context.generations.Stream(req, actor, sink);
    };
    return response;
  }
  auto created = context.generations.Run(*prepared, actor);
  if (!created) return Problem(created.error(), request);
  HttpResponse response = Json(201, PostToJson(*created));
  response.headers.emplace_back("Location", "/v1/posts/" + created->generation.id);
  return response;
}

HttpResponse ListPosts(ApiContext& context, const HttpRequest& request, const Caller&) {
  store::HistoryQuery query;
  auto limit = request.QueryInt("limit", 20, 1, 100);
  if (!limit) return Problem(limit.error(), request);
  query.limit = *limit;
  query.before_id = request.Query("before").value_or("");
  auto history = context.posts.History(query);
  if (!history) return Problem(history.error(), request);
  return Json(200, HistoryToJson(*history));
}

HttpResponse GetPost(ApiContext& context, const HttpRequest& request, const Caller&) {
  auto post = context.posts.Get(request.PathParam("id"));
  if (!post) return Problem(post.error(), request);
  return Json(200, PostToJson(*post));
}

HttpResponse ListVersions(ApiContext& context, const HttpRequest& request, const Caller&) {
  auto versions = context.posts.Versions(request.PathParam("id"));
  if (!versions) return Problem(versions.error(), request);
  return Json(200, VersionsToJson(*versions));
}

HttpResponse RefinePost(ApiContext& context, const HttpRequest& request, const Caller& caller) {
  auto input = ParseRefineInput(request.body);
  if (!input) return Problem(input.error(), request);
  auto version = context.posts.Refine(request.PathParam("id"), *input, ActorFor(caller, request));
  if (!version) return Problem(version.error(), request);
  return Json(201, VersionToJson(*version));
}

HttpResponse DiffPost(ApiContext& context, const HttpRequest& request, const Caller&) {
  auto against = request.Query("against");
  if (!against || against->empty()) {
    return Problem({core::ErrorCode::kUsage, "Give ?against=VERSION_OR_POST_ID."}, request);
  }
  auto diff = context.posts.Diff(*against, request.PathParam("id"));
  if (!diff) return Problem(diff.error(), request);
  return Json(200, DiffToJson(*diff));
}

HttpResponse AddFeedback(ApiContext& context, const HttpRequest& request, const Caller& caller) {
  auto input = ParseFeedbackInput(request.body);
  if (!input) return Problem(input.error(), request);
  auto outcome =
      context.app.AddFeedback(request.PathParam("id"), *input, ActorFor(caller, request));
  if (!outcome) return Problem(outcome.error(), request);
  return Json(201, FeedbackOutcomeToJson(*outcome));
}

HttpResponse ExportPost(ApiContext& context, const HttpRequest& request, const Caller&) {
  const std::string format = request.Query("format").value_or("linkedin");
  auto post = context.posts.Get(request.PathParam("id"));
  if (!post) return Problem(post.error(), request);
  exports::ExportOptions options;
  options.linkedin_payload.author_urn = request.Query("author").value_or("");
  auto body = app::ExportPost(*post, format, options, request.Query("version").value_or(""));
  if (!body) return Problem(body.error(), request);
  HttpResponse response = Json(200, std::move(*body));
  const auto parsed = exports::ParseExportFormat(format);
  response.content_type = ExportContentType(*parsed);
  response.headers.emplace_back("Content-Disposition",
                                "attachment; filename=\"" + post->generation.id + "." +
                                    std::string(ExportFileExtension(*parsed)) + "\"");
  return response;
}

HttpResponse CheckPost(ApiContext& context, const HttpRequest& request, const Caller&) {
  auto input = ParseCheckRequest(request.body);
  if (!input) return Problem(input.error(), request);
  app::GenerateRequest shape;
  shape.source = input->source;
  auto prepared = context.generations.Prepare(std::move(shape));  // roots and size caps
  if (!prepared) return Problem(prepared.error(), request);
  auto report = context.check(prepared->source, input->post);
  if (!report) {
    const bool busy = report.error().code == core::ErrorCode::kRateLimited;
    return ProblemResponse(report.error(), request.path,
                           busy ? std::optional(std::chrono::seconds(1)) : std::nullopt);
  }
  return Json(200, SafetyReportToJson(*report));
}

HttpResponse CreateBatch(ApiContext& context, const HttpRequest& request, const Caller& caller) {
  auto input = ParseBatchRequest(request.body);
  if (!input) return Problem(input.error(), request);
  const app::Actor actor = ActorFor(caller, request);
  auto status = context.batches.Start(*input);
  if (!status) return Problem(status.error(), request);
  if (auto audited = context.posts.Audit(actor, "batch", status->job.id); !audited) {
    return Problem(audited.error(), request);
  }
  HttpResponse response = Json(202, BatchToJson(*status));
  response.headers.emplace_back("Location", "/v1/batches/" + status->job.id);
  return response;
}

HttpResponse GetBatch(ApiContext& context, const HttpRequest& request, const Caller&) {
  auto status = context.batches.Status(request.PathParam("id"));
  if (!status) return Problem(status.error(), request);
  return Json(200, BatchToJson(*status));
}

}  // namespace repopost::server
