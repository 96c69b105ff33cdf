def log = new File(basedir, 'build.log').text
assert log =~ /transit-fares: all \d+ checks passed/
def folder = new File(basedir, 'target/brief/transit-fares')
def pdf = new File(folder, 'transit-fares.pdf').bytes
assert new String(pdf, 0, 8, 'ISO-8859-1') == '%PDF-2.0'
// brief:check read pdfuaid:part 2 from the file and ran the PDF/UA-2 profiles instead of PDF/UA-1.
def report = new File(folder, 'accessibility-report.html').text
assert report.contains('Every check passed.')
assert report.contains('veraPDF PDF/UA-2') && report.contains('veraPDF PDF/A-4')
assert report.contains('veraPDF WTPDF 1.0 accessibility')
assert !report.contains('veraPDF PDF/UA-1')
return true
