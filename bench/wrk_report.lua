-- Print wrk's summary as one JSON line, with the percentiles wrk's own report leaves out.
-- With BENCH_MIX set, every request asks for a different page, as real readers do:
--   search-novel: two common words OR-ed, a different pair each time, so no cache has seen it;
--   search-novel-lv: the same in Latvian, with base forms the demo texts hold only inflected
--     (the `latvian` configuration's dictionary joins them), some typed without diacritics;
--   listing-random: random filters (validation among them), sort and page of the library;
--   register-random, hub-random: random filters, searches and pages of the ESF+ register and the hub;
--   api-search-novel, api-practices-random, api-projects-random: the same through the REST API.
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
local validations = { "current", "stale", "none" }

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
  if math.random() < 0.3 then params[#params + 1] = "validation=" .. pick(validations) end
  params[#params + 1] = "sort=" .. pick(sorts)
  params[#params + 1] = "page=" .. math.random(30)
  return base .. "?" .. table.concat(params, "&")
end

-- Latvian base forms (percent-encoded) of words the demo cases' Latvian texts inflect.
local latvian_words = {
  "partner%C4%ABba", "uz%C5%86%C4%93mums", "nodarbin%C4%81t%C4%ABba", "m%C4%81joklis",
  "inov%C4%81cija", "apr%C5%ABpe", "invest%C4%ABcija", "pakalpojums", "migrants",
  "pa%C5%A1vald%C4%ABba", "pasvaldiba", "sabiedr%C4%ABba", "dal%C4%ABbnieks", "risin%C4%81jums",
  "komanda", "sp%C4%93ja", "programma", "ietekme", "izv%C4%93rt%C4%93jums", "partneris",
  "re%C4%A3ions", "modelis", "labkl%C4%81j%C4%ABba", "finans%C4%93jums", "mand%C4%81ts",
  "uzticesanas", "kolegis", "izaicinajums", "iekl%C4%81u%C5%A1ana", "jaunietis",
}

local function novel_latvian_search()
  local first, second = pick(latvian_words), pick(latvian_words)
  while second == first do second = pick(latvian_words) end
  return "/lv/laba-prakse/?q=" .. first .. "+or+" .. second
end

local statuses = { "planned", "ongoing", "completed" }
local languages = { "sv", "lv", "es", "fr", "en" }
local hub_words = { "mentoring", "canvas", "impact", "evaluation", "funding", "network", "training", "tool", "method" }

-- The ESF+ register: random filters, now and then a search of an owner, a random page.
local function random_register()
  local params = {}
  if math.random() < 0.5 then params[#params + 1] = "country=" .. pick(countries) end
  if math.random() < 0.5 then params[#params + 1] = "status=" .. pick(statuses) end
  if math.random() < 0.4 then params[#params + 1] = "q=Demo+owner+" .. math.random(97) end
  params[#params + 1] = "page=" .. math.random(5)
  return "/en/esf-register/?" .. table.concat(params, "&")
end

-- The knowledge hub: random facets, often a search of one or two words, a random sort and page.
local function random_hub()
  local params = {}
  if math.random() < 0.4 then params[#params + 1] = "area=" .. pick(areas) end
  if math.random() < 0.4 then params[#params + 1] = "language=" .. pick(languages) end
  if math.random() < 0.3 then params[#params + 1] = "country=" .. pick(countries) end
  if math.random() < 0.3 then params[#params + 1] = "element=" .. math.random(5) end
  if math.random() < 0.6 then
    params[#params + 1] = "q=" .. pick(hub_words) .. "+or+" .. pick(hub_words)
  else
    params[#params + 1] = "sort=" .. pick(sorts)
  end
  params[#params + 1] = "page=" .. math.random(5)
  return "/en/knowledge-hub/?" .. table.concat(params, "&")
end

-- The REST API: the library's cases with random filters, order and page; the register's projects.
local function random_api_practices()
  local params = {}
  for _, country in ipairs(countries) do
    if math.random() < 0.25 then params[#params + 1] = "country=" .. country end
  end
  if math.random() < 0.5 then params[#params + 1] = "element=" .. math.random(5) end
  if math.random() < 0.4 then params[#params + 1] = "support_area=" .. pick(areas) end
  params[#params + 1] = "ordering=" .. pick(sorts)
  params[#params + 1] = "page=" .. math.random(30)
  return "/api/v1/practices/?" .. table.concat(params, "&")
end

local function random_api_projects()
  local params = {}
  if math.random() < 0.5 then params[#params + 1] = "country=" .. pick(countries) end
  if math.random() < 0.5 then params[#params + 1] = "status=" .. pick(statuses) end
  if math.random() < 0.4 then params[#params + 1] = "search=Demo+owner+" .. math.random(97) end
  params[#params + 1] = "page=" .. math.random(5)
  return "/api/v1/projects/?" .. table.concat(params, "&")
end

if mix == "api-search-novel" then
  base = "/api/v1/practices/"
  request = function() return wrk.format("GET", novel_search()) end
elseif mix == "api-practices-random" then
  request = function() return wrk.format("GET", random_api_practices()) end
elseif mix == "api-projects-random" then
  request = function() return wrk.format("GET", random_api_projects()) end
elseif mix == "register-random" then
  request = function() return wrk.format("GET", random_register()) end
elseif mix == "hub-random" then
  request = function() return wrk.format("GET", random_hub()) end
elseif mix == "search-novel-lv" then
  request = function() return wrk.format("GET", novel_latvian_search()) end
elseif mix == "search-novel" then
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
