-- Headless Neovim (0.7.2, Debian bookworm's) end-to-end test of the nianbao language server:
-- open a report whose 总计 is wrong, wait for the NB301 diagnostic, apply the source.fixAll.nianbao
-- code action, write the file and check what is on disk. Run through run.sh, which sets:
--   NIANBAO_JAR   server jar        NIANBAO_FILE   a scratch copy of the fixture (it is rewritten)
--   JAVA          java executable (optional, default "java")

local jar = assert(os.getenv('NIANBAO_JAR'), 'NIANBAO_JAR is not set')
local file = assert(os.getenv('NIANBAO_FILE'), 'NIANBAO_FILE is not set')
local java = os.getenv('JAVA') or 'java'

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

local ok, err = pcall(function()
  local original = read(file)
  assert(original:find(WRONG, 1, true), 'fixture does not hold the wrong total it is meant to have')

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  -- The filetype is the languageId of didOpen.
  vim.bo[bufnr].filetype = 'nianbao'

  local exited = false
  local client_id = vim.lsp.start_client({
    name = 'nianbao',
    cmd = { java, '-Xmx512m', '-XX:+ExitOnOutOfMemoryError', '-jar', jar, 'lsp' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    init_options = { formatVersion = 'auto', rules = {}, debounce = 50 },
    on_exit = function() exited = true end,
  })
  check(client_id ~= nil, 'language server started')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local client = vim.lsp.get_client_by_id(client_id)

  -- The JVM's start is included in this wait.
  vim.wait(60000, function() return exited or nb301(bufnr) ~= nil end, 100)
  local diag, lsp_diag = nb301(bufnr)
  if not check(diag ~= nil, 'NB301 diagnostic received',
    diag and diag.message or (exited and 'the server exited' or 'none within 60 s')) then return end
  -- 0-based line of "\t17": the newlines before it.
  local total_at = original:find('\t17\n', original:find(WRONG, 1, true), true)
  local _, total_line = original:sub(1, total_at):gsub('\n', '')
  check(diag.lnum == total_line, 'NB301 points at the wrong total', 'line ' .. (diag.lnum + 1))

  local last = vim.api.nvim_buf_line_count(bufnr)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = last, character = 0 } },
    context = { diagnostics = { lsp_diag }, only = { 'source.fixAll.nianbao' } },
  }
  local response = client.request_sync('textDocument/codeAction', params, 20000, bufnr)
  local actions = response and response.result or {}
  local fix_all
  for _, a in ipairs(actions) do
    if a.kind == 'source.fixAll.nianbao' then fix_all = a end
  end
  if not check(fix_all ~= nil, 'source.fixAll.nianbao code action offered', fix_all and fix_all.title) then return end

  if not fix_all.edit and not fix_all.command and fix_all.data ~= nil then
    local resolved = client.request_sync('codeAction/resolve', fix_all, 20000, bufnr)
    fix_all = resolved and resolved.result or fix_all
  end
  if fix_all.edit then
    vim.lsp.util.apply_workspace_edit(fix_all.edit, client.offset_encoding)
  end
  if fix_all.command then
    -- The server answers with workspace/applyEdit, which Neovim's default handler applies.
    local command = type(fix_all.command) == 'table' and fix_all.command or fix_all
    client.request_sync('workspace/executeCommand', command, 20000, bufnr)
  end

  vim.cmd('write')
  local saved = read(file)
  local i, j = original:find(WRONG, 1, true)
  local expected = original:sub(1, i - 1) .. RIGHT .. original:sub(j + 1)
  check(saved:find(RIGHT, 1, true) ~= nil, 'fix-all corrected the total on disk')
  check(saved == expected, 'nothing else in the file changed')

  vim.wait(10000, function() return nb301(bufnr) == nil end, 100)
  check(nb301(bufnr) == nil, 'the diagnostic is gone after the fix')

  vim.lsp.stop_client(client_id)
  vim.wait(10000, function() return exited end, 100)
  check(exited, 'language server exited on shutdown')
end)

if not ok then check(false, 'unexpected error', tostring(err)) end
finish()
