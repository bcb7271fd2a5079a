function base = portcheck_env(base, dirs, packages)
%PORTCHECK_ENV Set Octave's path to exactly BASE, the folders of PACKAGES and DIRS.
%   base = PORTCHECK_ENV(base, dirs, packages) restores the path BASE (a
%   path() string), adds the folders of each package in the cell PACKAGES,
%   then the folders in the cell DIRS in front of everything (dirs{1} first),
%   so a case runs with exactly its own path and nothing left by another
%   case. With BASE empty, the current path is taken as the base and
%   returned: portcheck calls it so once, right after Octave starts.
%
%   Folders no longer wanted are removed and the wanted ones moved to the
%   front, so only what changes costs time. Each package is loaded once per
%   session with pkg('load', name), from the base path; the folders that
%   load added (the package's and its dependencies') are remembered and put
%   back on later calls without loading again. Names and folders arrive as
%   data (cells of strings), never as code.

persistent package_dirs
if isempty(package_dirs)
  package_dirs = containers.Map();
end
if isempty(base)
  base = path();
end
for k = 1:numel(packages)
  name = packages{k};
  if ~isKey(package_dirs, name)
    path(base);
    before = strsplit(path(), pathsep);
    pkg('load', name);
    after = strsplit(path(), pathsep);
    package_dirs(name) = after(~ismember(after, before));
  end
end
front = dirs(:)';
for k = 1:numel(packages)
  front = [front, package_dirs(packages{k})];
end
% Incremental: rmpath/addpath cost about 25 ms each, a whole path(base) about 100 ms.
current = entries(path());
extra = current(~ismember(current, [front, entries(base)]));
if ~isempty(extra)
  rmpath(extra{:});
  current = entries(path());
end
n = numel(front);
if n > 0 && (numel(current) < n || ~isequal(current(1:n), front))
  addpath(front{:});
end
end

function list = entries(p)
list = strsplit(p, pathsep);
list = list(~strcmp(list, '.') & ~strcmp(list, ''));
end
