case $1 when 'p' then 'plain' when 'e' then 'external' when 'm' then 'main' else 'extended' end
