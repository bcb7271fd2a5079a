function results = portcheck_batch(fname, arglists, nout)
%PORTCHECK_BATCH Evaluate fname on several argument lists in one call.
%   results = PORTCHECK_BATCH(fname, arglists, nout) returns a cell with one
%   entry per argument list: a 1 x nout cell of outputs, or, when the call
%   raised, a struct with the fields message, identifier and stack (the
%   innermost frame's name, line and column). portcheck uses it so that many
%   reference evaluations cost one Octave round trip instead of one each.

results = cell(1, numel(arglists));
for k = 1:numel(arglists)
  args = arglists{k};
  out = cell(1, nout);
  try
    [out{:}] = feval(fname, args{:});
    results{k} = out;
  catch err
    where = struct('name', '', 'line', 0, 'column', 0);
    if ~isempty(err.stack)
      where = struct('name', err.stack(1).name, 'line', err.stack(1).line, ...
                     'column', err.stack(1).column);
    end
    results{k} = struct('message', err.message, 'identifier', err.identifier, ...
                        'where', where);
  end
end

end
