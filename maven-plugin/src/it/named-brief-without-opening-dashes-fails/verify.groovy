def log = new File(basedir, 'build.log').text
assert log =~ /ferry-fares\.md:1:1: error: the opening --- of the front matter is missing/
assert log.contains('add a line with only --- at the top of the file; the --- on line 4 then closes it')
assert !log.contains('skipped')
assert !log.contains('BUILD SUCCESS')
assert !new File(basedir, 'published/ferry-fares').exists()
return true
