function wrong = portcheck_env(first, dirs, packages, pin_names, pin_files)
%PORTCHECK_ENV Set Octave's path to exactly its start-up path, the folders of PACKAGES and DIRS.
%   wrong = PORTCHECK_ENV(first, dirs, packages, pin_names, pin_files)
%   restores the path Octave started with, adds the folders of each package in
%   the cell PACKAGES, then the folders in the cell DIRS in front of
%   everything (dirs{1} first), so a case runs with exactly its own path and
%   nothing left by another case. With FIRST true (right after Octave
%   starts) the current path is remembered as the start-up path.
%
%   Then each function pin_names{k} must be found by which in the file
%   pin_files{k}: a reference runs from its own file, never from a built-in
%   or another folder that answers to its name. wrong lists the pins that do
%   not hold, as {name1, found1, name2, found2, ...} (found is what which
%   says, '' for nothing); it is empty when all hold.
%
%   Folders and files arrive as the UTF-8 bytes of their names (uint8 rows),
%   so any character survives the exchange; names, folders and packages are
%   data (cells given to a function), never code. Folders no longer wanted
%   are removed and the wanted ones moved to the front, so only what changes
%   costs time. Each package is loaded once per session with
%   pkg('load', name), from the start-up path; the folders that load added
%   (the package's and its dependencies') are remembered and put back on
%   later calls without loading again.

persistent package_names package_dirs base
mlock();  % 'clear functions' in a reference must not forget the start-up path
if ~iscell(package_names)  % cells, not containers.Map: classdef objects do not survive 'clear all'
  package_names = {};
  package_dirs = {};
end
if first || isempty(base)
  base = path();
end
dirs = cellfun(@(b) char(b(:)'), dirs, 'UniformOutput', false);
for k = 1:numel(packages)
  name = packages{k};
  if ~any(strcmp(package_names, name))
    path(base);
    before = strsplit(path(), pathsep);
    pkg('load', name);
    after = strsplit(path(), pathsep);
    package_names{end + 1} = name;
    package_dirs{end + 1} = after(~ismember(after, before));
  end
end
front = dirs(:)';
for k = 1:numel(packages)
  front = [front, package_dirs{strcmp(package_names, packages{k})}];
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
wrong = {};
for k = 1:numel(pin_names)
  try
    found = which(pin_names{k});
  catch
    continue  % which parses the file: a syntax error is the call's to report, with its own message
  end
  want = canonicalize_file_name(char(pin_files{k}(:)'));
  if isempty(found) || isempty(want) || ~strcmp(canonicalize_file_name(found), want)
    wrong(end + 1:end + 2) = {pin_names{k}, found};
  end
end
end

function list = entries(p)
list = strsplit(p, pathsep);
list = list(~strcmp(list, '.') & ~strcmp(list, ''));
end
