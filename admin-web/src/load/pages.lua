-- wrk script: each thread (one connection each) is one logged-in user with its own session cookie, GETting one
-- list page and, when a think time is given, pausing between requests as a person reading the page would
-- (a pause drawn around the think time).
-- Usage: COOKIES=file wrk -t20 -c20 -d30s -s pages.lua URL -- THINK_MS EXPECTED_TEXT
local threads = {}
local counter = 0

function setup(thread)
   counter = counter + 1
   thread:set("index", counter)
   table.insert(threads, thread)
end

function init(args)
   math.randomseed(os.time() * 1000 + index)
   think = tonumber(args[1] or "0")
   expected = args[2] or "ui-datatable"
   local lines = {}
   for line in io.lines(os.getenv("COOKIES")) do
      table.insert(lines, line)
   end
   cookie = lines[(index - 1) % #lines + 1]
   wrong = 0
   statuses = ""
end

function request()
   return wrk.format("GET", nil, { Cookie = cookie })
end

-- People do not read in step: each pause is drawn between half and one and a half times the think time (mean:
-- the think time). A fixed pause kept the 20 threads in lock-step, 20 requests arriving in the same instant every
-- second, which measures a burst, not 20 people.
function delay()
   if think == 0 then
      return 0
   end
   return math.floor(think * (0.5 + math.random()))
end

function response(status, headers, body)
   -- As a browser does: keep the cookies the server sets (Payara's session version cookie, for one).
   local set = headers["Set-Cookie"]
   if set then
      local name, value = string.match(set, "^%s*([^=;]+)=([^;]*)")
      if name then
         local pattern = name:gsub("%p", "%%%0") .. "=[^;]*"
         if string.find(cookie, pattern) then
            cookie = string.gsub(cookie, pattern, name .. "=" .. value)
         else
            cookie = cookie .. "; " .. name .. "=" .. value
         end
      end
   end
   if status ~= 200 or not string.find(body, expected, 1, true) then
      wrong = wrong + 1
      if #statuses < 40 then
         statuses = statuses .. status .. " "
      end
   end
end

function done(summary, latency, requests)
   local bad = 0
   local seen = ""
   for _, thread in ipairs(threads) do
      bad = bad + thread:get("wrong")
      seen = seen .. thread:get("statuses")
   end
   io.write(string.format("RESULT requests=%d p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f rps=%.1f wrong=%d errors=%d\n",
      summary.requests, latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      latency.max / 1000, summary.requests / (summary.duration / 1e6), bad,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
         + summary.errors.timeout))
   if bad > 0 then
      io.write("WRONG statuses: " .. seen .. "\n")
   end
end
