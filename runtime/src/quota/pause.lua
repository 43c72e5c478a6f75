-- Holds every request of one quota for ARGV[1] ms from now, on the Redis
-- server's clock, unless a longer pause is already set. KEYS[1]: the pause key.
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + tonumber(t[2]) / 1000
local pause = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if now + pause > current then
  redis.call('SET', KEYS[1], string.format('%.3f', now + pause), 'PX', math.ceil(pause) + 1000)
end
return 1
