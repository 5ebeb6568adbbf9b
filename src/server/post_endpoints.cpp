// Handlers for /v1/posts and /v1/batches: parse -> call one service -> map the result.
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
  if (created->details) context.metrics.RecordGeneration(created->details->elapsed);
  HttpResponse response = Json(201, PostToJson(*created));
  response.headers.emplace_back("Location", "/v1/posts/" + created->generation.id);
  return response;
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
  auto feedback =
      context.posts.AddFeedback(request.PathParam("id"), *input, ActorFor(caller, request));
  if (!feedback) return Problem(feedback.error(), request);
  return Json(201, FeedbackToJson(*feedback));
}

HttpResponse CreateBatch(ApiContext& context, const HttpRequest& request, const Caller& caller) {
  auto input = ParseBatchRequest(request.body);
  if (!input) return Problem(input.error(), request);
  const app::Actor actor = ActorFor(caller, request);
  auto status = context.batches.Start(*input, actor);
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
