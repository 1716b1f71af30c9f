;;; test.el --- Headless Emacs (eglot) end-to-end test of the nianbao language server  -*- lexical-binding: t; -*-

;; Through the set-up the README gives: the README's Emacs block is loaded as it stands, with only the
;; jar and archive paths and java filled in.  Then: visit a report whose 总计 is wrong, wait for the NB301
;; diagnostic in Flymake, run the README's `nianbao-fix-all', save and check what is on disk, see the
;; diagnostic go, shut the server down.
;; Run through run.sh (emacs --batch -Q -l test.el), which sets:
;;   NIANBAO_JAR     server jar        NIANBAO_FILE  a scratch copy of the fixture (it is rewritten)
;;   NIANBAO_README  the README.md     JAVA          java executable (optional, default "java")
;;
;; Batch Emacs has no command loop: nothing runs `post-command-hook' (where `eglot-ensure' connects,
;; once the command that visited the file is over) and idle timers never fire.  `nianbao-e2e--wait'
;; stands in for the command loop between two commands of a user: it runs `post-command-hook' and
;; reads the server's output.  didChange, sent on an idle timer in a real session, goes out on save
;; here (eglot sends pending changes before didSave), as the test saves before it looks again.

(require 'cl-lib)
(require 'subr-x)

(defconst nianbao-e2e-jar (or (getenv "NIANBAO_JAR") (error "NIANBAO_JAR is not set")))
(defconst nianbao-e2e-file (or (getenv "NIANBAO_FILE") (error "NIANBAO_FILE is not set")))
(defconst nianbao-e2e-readme (or (getenv "NIANBAO_README") (error "NIANBAO_README is not set")))
(defconst nianbao-e2e-java (or (getenv "JAVA") "java"))
(defconst nianbao-e2e-marker ";; Emacs 29 and later (eglot)")

;; The row 一、本年新收政府信息公开申请数量 in the cell-per-line layout: label, then seven values.
(defconst nianbao-e2e-wrong "\t一、本年新收政府信息公开申请数量\n\t15\n\t2\n\t0\n\t1\n\t0\n\t0\n\t17\n")
(defconst nianbao-e2e-right "\t一、本年新收政府信息公开申请数量\n\t15\n\t2\n\t0\n\t1\n\t0\n\t0\n\t18\n")

(defvar nianbao-e2e--started (float-time))
(defvar nianbao-e2e--passed 0)
(defvar nianbao-e2e--failed 0)
(defvar nianbao-e2e--warnings nil "window/showMessage of type Error or Warning, as the user would see them.")

(defun nianbao-e2e--check (ok name &optional detail)
  "Report check NAME as passed when OK, with DETAIL; return OK."
  (let ((line (format "%s %s (%.1fs)%s" (if ok "PASS" "FAIL") name (- (float-time) nianbao-e2e--started)
                      (if detail (concat ": " detail) ""))))
    ;; princ: stdout in batch mode; `message' goes to stderr, mixed with Emacs's own.
    (princ (concat line "\n"))
    (if ok (cl-incf nianbao-e2e--passed) (cl-incf nianbao-e2e--failed))
    ok))

(defun nianbao-e2e--read (path)
  "The bytes of PATH, as a unibyte string."
  (with-temp-buffer
    (set-buffer-multibyte nil)
    (insert-file-contents-literally path)
    (buffer-string)))

(defun nianbao-e2e--utf8 (string)
  (encode-coding-string string 'utf-8 t))

(defun nianbao-e2e--wait (seconds predicate)
  "Until PREDICATE holds or SECONDS pass, do what the command loop does between commands.
Return PREDICATE's last value."
  (let ((deadline (+ (float-time) seconds)) value)
    (while (and (not (setq value (funcall predicate))) (< (float-time) deadline))
      (run-hooks 'post-command-hook)
      (accept-process-output nil 0.1))
    value))

(defun nianbao-e2e--diagnostics (code)
  "Flymake's diagnostics in the current buffer whose LSP code is CODE."
  (cl-remove-if-not
   (lambda (d) (equal code (plist-get (alist-get 'eglot-lsp-diag (flymake-diagnostic-data d)) :code)))
   (flymake-diagnostics)))

(defun nianbao-e2e--readme-block ()
  "The README's Emacs block, with the paths and java of this machine."
  (with-temp-buffer
    (insert-file-contents nianbao-e2e-readme)
    (goto-char (point-min))
    (unless (search-forward (concat "```elisp\n" nianbao-e2e-marker) nil t)
      (error "README has no block starting %s" nianbao-e2e-marker))
    (let* ((beg (line-beginning-position))
           (end (progn (search-forward "\n```") (match-beginning 0)))
           (block (buffer-substring-no-properties beg end))
           (dir (file-name-directory nianbao-e2e-jar)))
      (setq block (string-replace "/path/to/" dir block))
      (string-replace "(\"java\" " (format "(%S " nianbao-e2e-java) block))))

(defun nianbao-e2e--show-events (server)
  "Print the end of SERVER's eglot events buffer on stderr, for the failure output."
  (with-current-buffer (jsonrpc-events-buffer server)
    (message "--- eglot events (end)\n%s" (buffer-substring-no-properties (max (point-min) (- (point-max) 6000)) (point-max)))))

(advice-add 'eglot-handle-notification :before
            (lambda (_server method &rest params)
              (when (and (eq method 'window/showMessage) (<= (or (plist-get params :type) 4) 2))
                (push (plist-get params :message) nianbao-e2e--warnings))))

(cl-defun nianbao-e2e--run ()
  (let ((original (nianbao-e2e--read nianbao-e2e-file)))
    (unless (string-search (nianbao-e2e--utf8 nianbao-e2e-wrong) original)
      (error "Fixture does not hold the wrong total it is meant to have"))

    (with-temp-buffer
      (insert (nianbao-e2e--readme-block))
      (eval-buffer nil nil nil nil t))
    (nianbao-e2e--check t "README block loaded" nianbao-e2e-marker)

    (find-file nianbao-e2e-file)
    (nianbao-e2e--check (eq major-mode 'nianbao-mode)
                        (format "README auto-mode-alist entry applies to %s" (file-name-nondirectory nianbao-e2e-file))
                        (symbol-name major-mode))

    ;; Includes the JVM's start.
    (let ((server (nianbao-e2e--wait 60 (lambda () (and (bound-and-true-p eglot--managed-mode) (eglot-current-server))))))
      (unless (nianbao-e2e--check server "eglot connected to the language server")
        (cl-return-from nianbao-e2e--run))
      (nianbao-e2e--check (bound-and-true-p flymake-mode) "Flymake on in the report's buffer")

      (let* ((diags (nianbao-e2e--wait 60 (lambda () (nianbao-e2e--diagnostics "NB301"))))
             (all (flymake-diagnostics))
             (total-line (with-temp-buffer
                           (insert (decode-coding-string original 'utf-8))
                           (goto-char (point-min))
                           (search-forward nianbao-e2e-wrong)
                           (forward-line -1)
                           (line-number-at-pos))))
        (unless (nianbao-e2e--check diags "NB301 diagnostic in Flymake"
                                    (if diags (flymake-diagnostic-text (car diags)) "none within 60 s"))
          (nianbao-e2e--show-events server)
          (cl-return-from nianbao-e2e--run))
        (nianbao-e2e--check (= (length all) 1) "no other diagnostic"
                            (unless (= (length all) 1) (mapconcat #'flymake-diagnostic-text all " | ")))
        (let ((line (line-number-at-pos (flymake-diagnostic-beg (car diags)))))
          (nianbao-e2e--check (= line total-line) "NB301 points at the wrong total" (format "line %d" line)))
        (nianbao-e2e--check (eq (flymake-diagnostic-type (car diags)) 'eglot-error) "NB301 is an error"
                            (symbol-name (flymake-diagnostic-type (car diags)))))

      ;; The README's M-x nianbao-fix-all, as a user would call it.
      (let ((before (buffer-string)))
        (call-interactively #'nianbao-fix-all)
        (nianbao-e2e--wait 20 (lambda () (not (equal before (buffer-string)))))
        (nianbao-e2e--check (not (equal before (buffer-string))) "M-x nianbao-fix-all applied source.fixAll.nianbao"))

      (save-buffer)
      (let* ((saved (nianbao-e2e--read nianbao-e2e-file))
             (wrong (nianbao-e2e--utf8 nianbao-e2e-wrong))
             (at (string-search wrong original))
             (expected (concat (substring original 0 at) (nianbao-e2e--utf8 nianbao-e2e-right)
                               (substring original (+ at (length wrong))))))
        (nianbao-e2e--check (string-search (nianbao-e2e--utf8 nianbao-e2e-right) saved) "fix-all corrected the total on disk")
        (nianbao-e2e--check (equal saved expected) "nothing else in the file changed"
                            (unless (equal saved expected) (format "%d bytes, expected %d" (length saved) (length expected)))))

      (nianbao-e2e--wait 20 (lambda () (null (nianbao-e2e--diagnostics "NB301"))))
      (nianbao-e2e--check (null (nianbao-e2e--diagnostics "NB301")) "the diagnostic is gone after the fix")

      (nianbao-e2e--check (null nianbao-e2e--warnings) "no warnings shown"
                          (and nianbao-e2e--warnings (string-join (reverse nianbao-e2e--warnings) " | ")))

      ;; eglot-shutdown signals an error unless the server answers `shutdown' in time; after `exit' it deletes
      ;; the process at once (jsonrpc-shutdown), so the exit status is eglot's, not the server's.
      (let ((process (jsonrpc--process server))
            (answered (condition-case err (progn (eglot-shutdown server nil 20) t)
                        (error (error-message-string err)))))
        (nianbao-e2e--check (eq answered t) "language server answered shutdown" (unless (eq answered t) answered))
        (nianbao-e2e--wait 10 (lambda () (not (process-live-p process))))
        (nianbao-e2e--check (not (process-live-p process)) "language server gone after M-x eglot-shutdown")))))

(condition-case err
    (nianbao-e2e--run)
  (error (nianbao-e2e--check nil "unexpected error" (error-message-string err))))
(princ (format "emacs e2e: %d passed, %d failed\n" nianbao-e2e--passed nianbao-e2e--failed))
(kill-emacs (if (zerop nianbao-e2e--failed) 0 1))
