-- Reserves the next request slot under every limit of one quota, on the
-- Redis server's clock, and answers {reserved (0 or 1), wait in µs}.
--
-- KEYS: one sorted set per limit (slot times in ms), then the pause key, the
-- last-slot key and the id counter.
-- ARGV: margin (ms), max wait (ms, or -1 for none), then each limit's count
-- and window (ms), in the order of the sorted sets.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local n = #KEYS - 3
local pause_key, last_key, id_key = KEYS[n + 1], KEYS[n + 2], KEYS[n + 3]
local margin = tonumber(ARGV[1])
local max_wait = tonumber(ARGV[2])
local at = math.max(now, tonumber(redis.call('GET', pause_key) or '0'))
-- Slots are handed out in order, so each set's last entries are the newest.
at = math.max(at, tonumber(redis.call('GET', last_key) or '0'))
local longest = 0
for i = 1, n do
  local limit = tonumber(ARGV[1 + 2 * i])
  local hold = tonumber(ARGV[2 + 2 * i]) + margin
  longest = math.max(longest, hold)
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', string.format('%.3f', now - hold))
  local count = redis.call('ZCARD', KEYS[i])
  if count >= limit then
    -- The slot `limit` places back must have been released.
    local blocking = redis.call('ZRANGE', KEYS[i], count - limit, count - limit, 'WITHSCORES')
    at = math.max(at, tonumber(blocking[2]) + hold)
  end
end
local wait = at - now
if max_wait >= 0 and wait >= max_wait then
  return {0, math.floor(wait * 1000)}
end
local id = redis.call('INCR', id_key)
local keep = math.ceil(wait + longest) + 1000
local score = string.format('%.3f', at)
-- The member is unique even if the counter restarts after expiring.
local member = score .. ':' .. id
for i = 1, n do
  redis.call('ZADD', KEYS[i], score, member)
  redis.call('PEXPIRE', KEYS[i], keep)
end
redis.call('SET', last_key, score, 'PX', keep)
redis.call('PEXPIRE', id_key, keep)
return {1, math.floor(wait * 1000)}
