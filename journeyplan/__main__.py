from journeyplan.cli import main

main()
