function R = portcheck_trace_run__(fname, dirs, nout, sets, nsites, keep, limit, cap, head)
% PORTCHECK_TRACE_RUN__  run instrumented copies of FNAME on each argument set (written by portcheck).
%   DIRS{L} holds the copy at granularity L ('' = the original on the path); on an
%   error the next, coarser granularity is tried. R{j} has level (-1: every level
%   failed), outs, trace and the errors met.
  R = cell(1, numel(sets));
  for j = 1:numel(sets)
    r = struct('level', -1);
    r.outs = {};
    r.trace = [];
    r.errors = {};
    for L = 1:numel(dirs)
      d = dirs{L};
      if ~isempty(d)
        addpath(d);
      end
      try
        portcheck_trace_rec__('reset', nsites(L), keep);
        outs = cell(1, nout);
        [outs{1:nout}] = feval(fname, sets{j}{:});
        r.level = L - 1;
        r.outs = cell(1, nout);
        for i = 1:nout
          r.outs{i} = portcheck_trace_rec__('convert', outs{i}, limit, cap, head);
        end
        r.trace = portcheck_trace_rec__('dump', limit, cap, head);
        if ~isempty(d)
          rmpath(d);
        end
        break
      catch err
        if ~isempty(d)
          rmpath(d);
        end
        e = struct('message', err.message, 'identifier', err.identifier, 'level', L - 1, 'line', 0, 'name', '');
        for q = 1:numel(err.stack)
          if strcmp(err.stack(q).name, fname)
            e.line = err.stack(q).line;
            e.name = err.stack(q).name;
            break
          end
        end
        r.errors{end + 1} = e;
        portcheck_trace_rec__('reset', 1, keep);
      end
    end
    R{j} = r;
  end
end
