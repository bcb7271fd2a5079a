function varargout = portcheck_trace_rec__(k, varargin)
% PORTCHECK_TRACE_REC__  portcheck's trace recorder (written by portcheck; not user code).
%   portcheck_trace_rec__('reset', nsites, keep)  start a recording
%   portcheck_trace_rec__(k, v1, v2, ...)         values recorded at site k
%   T = portcheck_trace_rec__('dump', limit, cap, head)  the recording, large values summarised
%   v = portcheck_trace_rec__('convert', x, limit, cap, head)
% Each site keeps its first KEEP executions and its last one. Values are kept by
% reference (copy-on-write), summarised only at the dump.
  persistent S
  if ischar(k)
    switch k
      case 'reset'
        n = max(varargin{1}, 1);
        S = struct('n', 0, 'seq', 0, 'keep', varargin{2});
        S.site = zeros(256, 1); S.hit = zeros(256, 1); S.order = zeros(256, 1); S.vals = cell(256, 1);
        S.hits = zeros(n, 1); S.last = cell(n, 1); S.lastseq = zeros(n, 1);
      case 'convert'
        varargout{1} = conv_value(varargin{:});
      case 'dump'
        [limit, cap, head] = deal(varargin{1:3});
        extra = find(S.hits > S.keep);
        n = S.n + numel(extra);
        T.site = [S.site(1:S.n); extra(:)];
        T.hit = [S.hit(1:S.n); S.hits(extra)];
        T.order = [S.order(1:S.n); S.lastseq(extra)];
        T.vals = cell(n, 1);
        for i = 1:S.n
          T.vals{i} = conv_list(S.vals{i}, limit, cap, head);
        end
        for j = 1:numel(extra)
          T.vals{S.n + j} = conv_list(S.last{extra(j)}, limit, cap, head);
        end
        T.count = S.seq;
        varargout{1} = T;
        S = [];
    end
    return
  end
  S.seq = S.seq + 1;
  h = S.hits(k) + 1;
  S.hits(k) = h;
  if h <= S.keep
    n = S.n + 1;
    if n > numel(S.site)
      S.site(2 * n) = 0; S.hit(2 * n) = 0; S.order(2 * n) = 0; S.vals{2 * n} = [];
    end
    S.site(n) = k; S.hit(n) = h; S.order(n) = S.seq; S.vals{n} = varargin; S.n = n;
  else
    S.last{k} = varargin;
    S.lastseq(k) = S.seq;
  end
end

function out = conv_list(vals, limit, cap, head)
  out = cell(1, numel(vals));
  for i = 1:numel(vals)
    out{i} = conv_value(vals{i}, limit, cap, head);
  end
end

function v = conv_value(x, limit, cap, head)
  if isnumeric(x) || islogical(x)
    if issparse(x)
      x = full(x);
    end
    if islogical(x)
      x = double(x);
    end
    if isempty(x)
      v = struct('portcheck_empty', size(x));
    elseif numel(x) <= limit
      v = x;
    else
      v = summary(x, cap, head);
    end
  else
    v = struct('portcheck_opaque', class(x));
  end
end

function s = summary(x, cap, head)
  x2 = double(reshape(x, size(x, 1), []));
  f = x2(:);
  a = abs(f);
  fin = f(isfinite(f));
  s.portcheck_summary = 1;
  s.shape = size(x);
  s.cls = class(x);
  s.total = sum(f);
  s.sumabs = sum(a);
  s.sumsq = sum(a .^ 2);
  if isempty(fin)
    s.vmin = NaN; s.vmax = NaN;
  else
    s.vmin = min(real(fin)); s.vmax = max(real(fin));
  end
  s.nnan = nnz(isnan(f));
  s.head_f = f(1:min(head, end)).';
  t = x2.';
  s.head_c = t(1:min(head, numel(t))).';
  c = sum(x2, 1);
  s.col_sums = c(1:min(cap, end));
  r = sum(x2, 2).';
  s.row_sums = r(1:min(cap, end));
end
