function y = brighten(img, k)
%BRIGHTEN Add k to every pixel of an image, in the image's own integer class (Octave saturates).
y = img + k;
end
