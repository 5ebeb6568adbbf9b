-- wrk script: POST /v1/posts with a JSON body naming the repository (REPO env var).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"source":{"location":"' .. os.getenv("REPO") .. '"},"offline":true}'
