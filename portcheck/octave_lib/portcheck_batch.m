function results = portcheck_batch(fname, pool, index, n, nout, stores, keeps, drops, rslots, rnames)
%PORTCHECK_BATCH Evaluate fname on many argument lists in one call.
%   results = PORTCHECK_BATCH(fname, pool, index, n, nout, stores, keeps, drops, rslots, rnames)
%   evaluates fname n times. pool is a cell of the distinct argument values
%   of the whole batch; row k of index lists the pool positions (1-based, 0
%   for none) of the arguments of evaluation k, so a value shared by many
%   evaluations (X, y, the layer sizes) crosses the bridge once.
%
%   Large inputs stay resident in Octave between calls, in a struct private
%   to this function (never in a workspace, never named by the data): keeps =
%   {key1, value1, ...} are added to it, the keys in the cell drops removed,
%   and pool entry rslots(k) is replaced by the value kept under rnames{k}.
%   Which pool entries are resident references is said only by rslots and
%   rnames, chosen by portcheck: no value in pool is ever taken for one, and
%   nothing here is evaluated as code. stores = {name1, value1, ...} are
%   assigned in the base workspace (names checked with isvarname).
%
%   Logical outputs are returned as double (the MAT exchange would turn them
%   into uint8, an integer class they are not).
%
%   results is a 1 x n cell: entry k is a 1 x nout cell of outputs or, when
%   evaluation k raised, a struct with the fields message, identifier,
%   stack_names, stack_lines and stack_columns (innermost frame first, the
%   bridge's own frames left out). One failing input set never hides the
%   others. portcheck uses this so that many reference evaluations cost one
%   Octave round trip instead of one each.

persistent resident
mlock();  % a reference calling 'clear all' or 'clear functions' must not drop the resident values
if ~isstruct(resident)
  resident = struct();  % a plain struct: classdef objects do not survive 'clear all' in Octave 7
end
if ~ischar(fname) || isempty(regexp(fname, '^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$', 'once'))
  error('portcheck:bad-name', 'portcheck_batch: the function to call must be given by its name');
end
for k = 1:numel(drops)
  if isfield(resident, drops{k})
    resident = rmfield(resident, drops{k});
  end
end
for k = 1:2:numel(keeps)
  check_key(keeps{k});
  resident.(keeps{k}) = keeps{k + 1};
end
for k = 1:2:numel(stores)
  if ~isvarname(stores{k})
    error('portcheck:bad-name', 'portcheck_batch: ''%s'' is not a variable name', stores{k});
  end
  assignin('base', stores{k}, stores{k + 1});
end
for k = 1:numel(rslots)
  check_key(rnames{k});
  if ~isfield(resident, rnames{k})
    error('portcheck:resident-missing', 'portcheck_batch: no resident value ''%s''', rnames{k});
  end
  pool{rslots(k)} = resident.(rnames{k});
end

results = cell(1, n);
for k = 1:n
  if isempty(index)
    args = {};
  else
    row = index(k, :);
    args = pool(row(row > 0));
  end
  results{k} = evaluate(fname, args, nout);
end

end

function check_key(key)
if ~ischar(key) || isempty(regexp(key, '^portcheck_r[0-9]+$', 'once'))
  error('portcheck:bad-name', 'portcheck_batch: resident keys are portcheck''s own (portcheck_r<n>)');
end
end

function result = evaluate(fname, args, nout)
out = cell(1, nout);
try
  if nout == 0
    feval(fname, args{:});
  else
    [out{:}] = feval(fname, args{:});
  end
  for j = 1:numel(out)
    if islogical(out{j})
      out{j} = double(out{j});  % the MAT exchange would make it uint8, which it is not
    end
  end
  result = out;
catch err
  names = {};
  lines = [];
  columns = [];
  for s = 1:numel(err.stack)
    if ~any(strcmp(err.stack(s).name, {'portcheck_batch', 'portcheck_batch>evaluate', 'evaluate', '_pyeval'}))
      names{end + 1} = err.stack(s).name;
      lines(end + 1) = err.stack(s).line;
      columns(end + 1) = err.stack(s).column;
    end
  end
  result = struct('message', err.message, 'identifier', err.identifier, ...
                  'stack_names', {names}, 'stack_lines', lines, ...
                  'stack_columns', columns);
end
end
