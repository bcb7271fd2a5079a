function a = phase_deg(z)
%PHASE_DEG The phase of each entry of z in degrees.
a = angle(z) * 180 / pi;
end
