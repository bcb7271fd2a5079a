function varargout = portcheck_with_handles(fname, hpos, hname, hfree, hargs, varargin)
%PORTCHECK_WITH_HANDLES Call fname with one argument replaced by a function handle.
%   [...] = PORTCHECK_WITH_HANDLES(fname, hpos, hname, hfree, hargs, ...)
%   calls fname(args{:}) where args are the trailing arguments with argument
%   hpos replaced by the handle @(p) hname(bound{:}) whose argument hfree is p
%   and whose other arguments are the cell hargs, in order. portcheck uses it
%   for references that take a function (computeNumericalGradient): the handle
%   is built here from data, never from text.

args = varargin;
args{hpos} = @(p) portcheck_bound_call(hname, hfree, hargs, p);
if nargout == 0
  feval(fname, args{:});
else
  [varargout{1:nargout}] = feval(fname, args{:});
end

end

function varargout = portcheck_bound_call(hname, hfree, hargs, p)
a = [hargs(1:hfree - 1), {p}, hargs(hfree:end)];
[varargout{1:max(nargout, 1)}] = feval(hname, a{:});
end
