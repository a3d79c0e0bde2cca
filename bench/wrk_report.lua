-- Print wrk's summary as one JSON line, with the percentiles wrk's own report leaves out.
-- With BENCH_MIX set, every request asks for a different page, as real readers do:
--   search-novel: two common words OR-ed, a different pair each time, so no cache has seen it;
--   listing-random: random filters, sort and page of the library.
local mix = os.getenv("BENCH_MIX")
local base = os.getenv("BENCH_PATH") or "/en/best-practices/"
local words = {
  "trust", "housing", "youth", "care", "impact", "rural", "migrant", "partnerships", "enterprises",
  "employment", "coaching", "funding", "welfare", "pilots", "evaluation", "model", "regions",
  "programme", "scale", "solutions", "municipalities", "companies", "challenge", "participants",
  "learning", "teams", "capacity", "stages", "success", "lessons", "services", "people", "mandate",
  "innovation", "investment", "inclusion", "social", "local", "civil", "society",
}
local countries = { "ES", "FR", "LV", "SE" }
local areas = { "scaling", "catalytic", "knowledge", "advisory", "arenas" }
local sorts = { "newest", "title" }

local function pick(list) return list[math.random(#list)] end

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

local function novel_search()
  local first, second = pick(words), pick(words)
  while second == first do second = pick(words) end
  return base .. "?q=" .. first .. "+or+" .. second
end

local function random_listing()
  local params = {}
  for _, country in ipairs(countries) do
    if math.random() < 0.25 then params[#params + 1] = "country=" .. country end
  end
  if math.random() < 0.5 then params[#params + 1] = "element=" .. math.random(5) end
  if math.random() < 0.4 then params[#params + 1] = "area=" .. pick(areas) end
  params[#params + 1] = "sort=" .. pick(sorts)
  params[#params + 1] = "page=" .. math.random(30)
  return base .. "?" .. table.concat(params, "&")
end

if mix == "search-novel" then
  request = function() return wrk.format("GET", novel_search()) end
elseif mix == "listing-random" then
  request = function() return wrk.format("GET", random_listing()) end
end

done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "errors": %d, "non_2xx": %d, "p50_us": %d, "p95_us": %d, "p99_us": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    errors.connect + errors.read + errors.write + errors.timeout, errors.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99)))
end
