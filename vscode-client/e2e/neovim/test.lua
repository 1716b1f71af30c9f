-- Headless Neovim end-to-end test of the nianbao language server, through the set-up the README
-- gives: the README's Lua block for this Neovim (0.7, or 0.9 and later) is loaded as it stands,
-- with only the jar path and java filled in. Then: open a report whose 总计 is wrong, wait for the
-- NB301 diagnostic, run the README's :NianbaoFixAll, write the file and check what is on disk.
-- Run through run.sh, which sets:
--   NIANBAO_JAR   server jar        NIANBAO_FILE   a scratch copy of the fixture (it is rewritten)
--   NIANBAO_README the README.md     JAVA          java executable (optional, default "java")

local jar = assert(os.getenv('NIANBAO_JAR'), 'NIANBAO_JAR is not set')
local file = assert(os.getenv('NIANBAO_FILE'), 'NIANBAO_FILE is not set')
local java = os.getenv('JAVA') or 'java'
local readme = assert(os.getenv('NIANBAO_README'), 'NIANBAO_README is not set')

-- The row 一、本年新收政府信息公开申请数量 in the cell-per-line layout: label, then seven values.
local WRONG = '\t一、本年新收政府信息公开申请数量\n\t15\n\t2\n\t0\n\t1\n\t0\n\t0\n\t17\n'
local RIGHT = '\t一、本年新收政府信息公开申请数量\n\t15\n\t2\n\t0\n\t1\n\t0\n\t0\n\t18\n'

local started = vim.loop.hrtime()
local passed, failed = 0, 0

-- io.stdout, not print(): a headless Neovim sends messages to stderr, mixed with its own.
local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local function check(ok, name, detail)
  local secs = (vim.loop.hrtime() - started) / 1e9
  out(string.format('%s %s (%.1fs)%s', ok and 'PASS' or 'FAIL', name, secs, detail and (': ' .. detail) or ''))
  if ok then passed = passed + 1 else failed = failed + 1 end
  return ok
end

local function finish()
  out(string.format('neovim e2e: %d passed, %d failed', passed, failed))
  if failed == 0 then vim.cmd('qall!') else vim.cmd('cquit! 1') end
end

local function read(path)
  local f = assert(io.open(path, 'rb'))
  local s = f:read('*a')
  f:close()
  return s
end

local function nb301(bufnr)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    if (lsp.code or d.code) == 'NB301' then return d, lsp end
  end
end

-- What the server shows (window/showMessage reaches vim.notify): ordinary use shows no warning.
local warnings = {}
local notify = vim.notify
vim.notify = function(message, level, opts)
  if level and level >= vim.log.levels.WARN then table.insert(warnings, tostring(message)) end
  return notify(message, level, opts)
end

local ok, err = pcall(function()
  local original = read(file)
  assert(original:find(WRONG, 1, true), 'fixture does not hold the wrong total it is meant to have')

  -- The README block for this Neovim, found by its first line.
  local modern = vim.fn.has('nvim-0.9') == 1
  local marker = modern and '-- Neovim 0.9 and later' or '-- Neovim 0.7 (Debian 12)'
  local text = read(readme)
  local at = assert(text:find('```lua\n' .. marker, 1, true), 'README has no block starting ' .. marker)
  local block = text:sub(at + 7, text:find('\n```', at + 7, true))
  block = block:gsub('/path/to/nianbao%.jar', (jar:gsub('%%', '%%%%'))):gsub("'java'", "'" .. java .. "'", 1)
  check(true, 'README block loaded', marker)
  if modern then vim.cmd('filetype on') end
  assert(loadstring(block, 'README ' .. marker))()

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  check(vim.bo[bufnr].filetype == 'nianbao', 'README filetype rule applies to ' .. vim.fn.fnamemodify(file, ':t'),
    vim.bo[bufnr].filetype)

  local client
  vim.wait(20000, function()
    client = (vim.lsp.get_active_clients and vim.lsp.get_active_clients() or vim.lsp.get_clients())[1]
    return client ~= nil
  end, 50)
  if not check(client ~= nil, 'language server started by the README block') then return end
  local client_id = client.id
  local exited = false
  local on_exit = client.config.on_exit
  client.config.on_exit = function(...)
    exited = true
    if on_exit then on_exit(...) end
  end

  -- The JVM's start is included in this wait.
  vim.wait(60000, function() return exited or nb301(bufnr) ~= nil end, 100)
  local diag, lsp_diag = nb301(bufnr)
  if not check(diag ~= nil, 'NB301 diagnostic received',
    diag and diag.message or (exited and 'the server exited' or 'none within 60 s')) then return end
  -- 0-based line of "\t17": the newlines before it.
  local total_at = original:find('\t17\n', original:find(WRONG, 1, true), true)
  local _, total_line = original:sub(1, total_at):gsub('\n', '')
  check(diag.lnum == total_line, 'NB301 points at the wrong total', 'line ' .. (diag.lnum + 1))

  -- The README's :NianbaoFixAll. Neovim 0.7 asks which action to apply: pick the first (and only) one.
  local offered = {}
  local select = vim.ui.select
  vim.ui.select = function(items, opts, on_choice)
    for _, item in ipairs(items) do
      local action = item[2] or item.action or item
      table.insert(offered, action.title or '?')
    end
    on_choice(items[1], 1)
  end
  local before = vim.api.nvim_buf_get_lines(bufnr, 0, -1, true)
  vim.cmd('NianbaoFixAll')
  vim.wait(20000, function()
    return not vim.deep_equal(before, vim.api.nvim_buf_get_lines(bufnr, 0, -1, true))
  end, 50)
  vim.ui.select = select
  check(not vim.deep_equal(before, vim.api.nvim_buf_get_lines(bufnr, 0, -1, true)),
    ':NianbaoFixAll applied source.fixAll.nianbao', #offered > 0 and table.concat(offered, ', ') or 'applied without a menu')

  vim.cmd('write')
  local saved = read(file)
  local i, j = original:find(WRONG, 1, true)
  local expected = original:sub(1, i - 1) .. RIGHT .. original:sub(j + 1)
  check(saved:find(RIGHT, 1, true) ~= nil, 'fix-all corrected the total on disk')
  check(saved == expected, 'nothing else in the file changed')

  vim.wait(10000, function() return nb301(bufnr) == nil end, 100)
  check(nb301(bufnr) == nil, 'the diagnostic is gone after the fix')

  check(#warnings == 0, 'no warnings shown', table.concat(warnings, ' | '))

  vim.lsp.stop_client(client_id)
  vim.wait(10000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 100)
  exited = exited or vim.lsp.get_client_by_id(client_id) == nil
  vim.wait(10000, function() return exited end, 100)
  check(exited, 'language server exited on shutdown')
end)

if not ok then check(false, 'unexpected error', tostring(err)) end
finish()
