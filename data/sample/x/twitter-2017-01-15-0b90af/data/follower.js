window.YTD.follower.part0 = [
  {
    "follower" : {
      "accountId" : "700049948",
      "userLink" : "https://twitter.com/intent/user?user_id=700049948"
    }
  },
  {
    "follower" : {
      "accountId" : "700159778",
      "userLink" : "https://twitter.com/intent/user?user_id=700159778"
    }
  },
  {
    "follower" : {
      "accountId" : "700045006",
      "userLink" : "https://twitter.com/intent/user?user_id=700045006"
    }
  },
  {
    "follower" : {
      "accountId" : "700080440",
      "userLink" : "https://twitter.com/intent/user?user_id=700080440"
    }
  },
  {
    "follower" : {
      "accountId" : "700056024",
      "userLink" : "https://twitter.com/intent/user?user_id=700056024"
    }
  },
  {
    "follower" : {
      "accountId" : "700110568",
      "userLink" : "https://twitter.com/intent/user?user_id=700110568"
    }
  },
  {
    "follower" : {
      "accountId" : "700058978",
      "userLink" : "https://twitter.com/intent/user?user_id=700058978"
    }
  },
  {
    "follower" : {
      "accountId" : "700017475",
      "userLink" : "https://twitter.com/intent/user?user_id=700017475"
    }
  },
  {
    "follower" : {
      "accountId" : "700058768",
      "userLink" : "https://twitter.com/intent/user?user_id=700058768"
    }
  },
  {
    "follower" : {
      "accountId" : "700061953",
      "userLink" : "https://twitter.com/intent/user?user_id=700061953"
    }
  },
  {
    "follower" : {
      "accountId" : "700034639",
      "userLink" : "https://twitter.com/intent/user?user_id=700034639"
    }
  },
  {
    "follower" : {
      "accountId" : "700151336",
      "userLink" : "https://twitter.com/intent/user?user_id=700151336"
    }
  },
  {
    "follower" : {
      "accountId" : "700162179",
      "userLink" : "https://twitter.com/intent/user?user_id=700162179"
    }
  },
  {
    "follower" : {
      "accountId" : "700027688",
      "userLink" : "https://twitter.com/intent/user?user_id=700027688"
    }
  },
  {
    "follower" : {
      "accountId" : "700156873",
      "userLink" : "https://twitter.com/intent/user?user_id=700156873"
    }
  },
  {
    "follower" : {
      "accountId" : "700058397",
      "userLink" : "https://twitter.com/intent/user?user_id=700058397"
    }
  },
  {
    "follower" : {
      "accountId" : "700150853",
      "userLink" : "https://twitter.com/intent/user?user_id=700150853"
    }
  },
  {
    "follower" : {
      "accountId" : "700076667",
      "userLink" : "https://twitter.com/intent/user?user_id=700076667"
    }
  },
  {
    "follower" : {
      "accountId" : "700118030",
      "userLink" : "https://twitter.com/intent/user?user_id=700118030"
    }
  },
  {
    "follower" : {
      "accountId" : "700028269",
      "userLink" : "https://twitter.com/intent/user?user_id=700028269"
    }
  },
  {
    "follower" : {
      "accountId" : "700130784",
      "userLink" : "https://twitter.com/intent/user?user_id=700130784"
    }
  },
  {
    "follower" : {
      "accountId" : "700089834",
      "userLink" : "https://twitter.com/intent/user?user_id=700089834"
    }
  },
  {
    "follower" : {
      "accountId" : "700107656",
      "userLink" : "https://twitter.com/intent/user?user_id=700107656"
    }
  },
  {
    "follower" : {
      "accountId" : "700029970",
      "userLink" : "https://twitter.com/intent/user?user_id=700029970"
    }
  },
  {
    "follower" : {
      "accountId" : "700104926",
      "userLink" : "https://twitter.com/intent/user?user_id=700104926"
    }
  },
  {
    "follower" : {
      "accountId" : "700088644",
      "userLink" : "https://twitter.com/intent/user?user_id=700088644"
    }
  },
  {
    "follower" : {
      "accountId" : "700029816",
      "userLink" : "https://twitter.com/intent/user?user_id=700029816"
    }
  },
  {
    "follower" : {
      "accountId" : "700155991",
      "userLink" : "https://twitter.com/intent/user?user_id=700155991"
    }
  },
  {
    "follower" : {
      "accountId" : "700059111",
      "userLink" : "https://twitter.com/intent/user?user_id=700059111"
    }
  },
  {
    "follower" : {
      "accountId" : "700078207",
      "userLink" : "https://twitter.com/intent/user?user_id=700078207"
    }
  },
  {
    "follower" : {
      "accountId" : "700078963",
      "userLink" : "https://twitter.com/intent/user?user_id=700078963"
    }
  },
  {
    "follower" : {
      "accountId" : "700005925",
      "userLink" : "https://twitter.com/intent/user?user_id=700005925"
    }
  },
  {
    "follower" : {
      "accountId" : "700047148",
      "userLink" : "https://twitter.com/intent/user?user_id=700047148"
    }
  },
  {
    "follower" : {
      "accountId" : "700117197",
      "userLink" : "https://twitter.com/intent/user?user_id=700117197"
    }
  },
  {
    "follower" : {
      "accountId" : "700147157",
      "userLink" : "https://twitter.com/intent/user?user_id=700147157"
    }
  },
  {
    "follower" : {
      "accountId" : "700092963",
      "userLink" : "https://twitter.com/intent/user?user_id=700092963"
    }
  },
  {
    "follower" : {
      "accountId" : "700051635",
      "userLink" : "https://twitter.com/intent/user?user_id=700051635"
    }
  },
  {
    "follower" : {
      "accountId" : "700077563",
      "userLink" : "https://twitter.com/intent/user?user_id=700077563"
    }
  },
  {
    "follower" : {
      "accountId" : "700148438",
      "userLink" : "https://twitter.com/intent/user?user_id=700148438"
    }
  },
  {
    "follower" : {
      "accountId" : "700002516",
      "userLink" : "https://twitter.com/intent/user?user_id=700002516"
    }
  },
  {
    "follower" : {
      "accountId" : "700048884",
      "userLink" : "https://twitter.com/intent/user?user_id=700048884"
    }
  },
  {
    "follower" : {
      "accountId" : "700072649",
      "userLink" : "https://twitter.com/intent/user?user_id=700072649"
    }
  },
  {
    "follower" : {
      "accountId" : "700087132",
      "userLink" : "https://twitter.com/intent/user?user_id=700087132"
    }
  },
  {
    "follower" : {
      "accountId" : "700087895",
      "userLink" : "https://twitter.com/intent/user?user_id=700087895"
    }
  },
  {
    "follower" : {
      "accountId" : "700034163",
      "userLink" : "https://twitter.com/intent/user?user_id=700034163"
    }
  },
  {
    "follower" : {
      "accountId" : "700148956",
      "userLink" : "https://twitter.com/intent/user?user_id=700148956"
    }
  },
  {
    "follower" : {
      "accountId" : "700146660",
      "userLink" : "https://twitter.com/intent/user?user_id=700146660"
    }
  },
  {
    "follower" : {
      "accountId" : "700049437",
      "userLink" : "https://twitter.com/intent/user?user_id=700049437"
    }
  },
  {
    "follower" : {
      "accountId" : "700050354",
      "userLink" : "https://twitter.com/intent/user?user_id=700050354"
    }
  },
  {
    "follower" : {
      "accountId" : "700061442",
      "userLink" : "https://twitter.com/intent/user?user_id=700061442"
    }
  },
  {
    "follower" : {
      "accountId" : "700102714",
      "userLink" : "https://twitter.com/intent/user?user_id=700102714"
    }
  },
  {
    "follower" : {
      "accountId" : "700161983",
      "userLink" : "https://twitter.com/intent/user?user_id=700161983"
    }
  },
  {
    "follower" : {
      "accountId" : "700077374",
      "userLink" : "https://twitter.com/intent/user?user_id=700077374"
    }
  },
  {
    "follower" : {
      "accountId" : "700118471",
      "userLink" : "https://twitter.com/intent/user?user_id=700118471"
    }
  },
  {
    "follower" : {
      "accountId" : "700079838",
      "userLink" : "https://twitter.com/intent/user?user_id=700079838"
    }
  },
  {
    "follower" : {
      "accountId" : "700145204",
      "userLink" : "https://twitter.com/intent/user?user_id=700145204"
    }
  },
  {
    "follower" : {
      "accountId" : "700075022",
      "userLink" : "https://twitter.com/intent/user?user_id=700075022"
    }
  },
  {
    "follower" : {
      "accountId" : "700072719",
      "userLink" : "https://twitter.com/intent/user?user_id=700072719"
    }
  },
  {
    "follower" : {
      "accountId" : "700068008",
      "userLink" : "https://twitter.com/intent/user?user_id=700068008"
    }
  },
  {
    "follower" : {
      "accountId" : "700061365",
      "userLink" : "https://twitter.com/intent/user?user_id=700061365"
    }
  },
  {
    "follower" : {
      "accountId" : "700080013",
      "userLink" : "https://twitter.com/intent/user?user_id=700080013"
    }
  },
  {
    "follower" : {
      "accountId" : "700024244",
      "userLink" : "https://twitter.com/intent/user?user_id=700024244"
    }
  },
  {
    "follower" : {
      "accountId" : "700033239",
      "userLink" : "https://twitter.com/intent/user?user_id=700033239"
    }
  },
  {
    "follower" : {
      "accountId" : "700010237",
      "userLink" : "https://twitter.com/intent/user?user_id=700010237"
    }
  },
  {
    "follower" : {
      "accountId" : "700139338",
      "userLink" : "https://twitter.com/intent/user?user_id=700139338"
    }
  },
  {
    "follower" : {
      "accountId" : "700030236",
      "userLink" : "https://twitter.com/intent/user?user_id=700030236"
    }
  },
  {
    "follower" : {
      "accountId" : "700101902",
      "userLink" : "https://twitter.com/intent/user?user_id=700101902"
    }
  },
  {
    "follower" : {
      "accountId" : "700070542",
      "userLink" : "https://twitter.com/intent/user?user_id=700070542"
    }
  },
  {
    "follower" : {
      "accountId" : "700152337",
      "userLink" : "https://twitter.com/intent/user?user_id=700152337"
    }
  },
  {
    "follower" : {
      "accountId" : "700122776",
      "userLink" : "https://twitter.com/intent/user?user_id=700122776"
    }
  },
  {
    "follower" : {
      "accountId" : "700005351",
      "userLink" : "https://twitter.com/intent/user?user_id=700005351"
    }
  },
  {
    "follower" : {
      "accountId" : "700019092",
      "userLink" : "https://twitter.com/intent/user?user_id=700019092"
    }
  },
  {
    "follower" : {
      "accountId" : "700014920",
      "userLink" : "https://twitter.com/intent/user?user_id=700014920"
    }
  },
  {
    "follower" : {
      "accountId" : "700056717",
      "userLink" : "https://twitter.com/intent/user?user_id=700056717"
    }
  },
  {
    "follower" : {
      "accountId" : "700052314",
      "userLink" : "https://twitter.com/intent/user?user_id=700052314"
    }
  },
  {
    "follower" : {
      "accountId" : "700117092",
      "userLink" : "https://twitter.com/intent/user?user_id=700117092"
    }
  },
  {
    "follower" : {
      "accountId" : "700050746",
      "userLink" : "https://twitter.com/intent/user?user_id=700050746"
    }
  },
  {
    "follower" : {
      "accountId" : "700054904",
      "userLink" : "https://twitter.com/intent/user?user_id=700054904"
    }
  },
  {
    "follower" : {
      "accountId" : "700091654",
      "userLink" : "https://twitter.com/intent/user?user_id=700091654"
    }
  },
  {
    "follower" : {
      "accountId" : "700066524",
      "userLink" : "https://twitter.com/intent/user?user_id=700066524"
    }
  },
  {
    "follower" : {
      "accountId" : "700099991",
      "userLink" : "https://twitter.com/intent/user?user_id=700099991"
    }
  },
  {
    "follower" : {
      "accountId" : "700073496",
      "userLink" : "https://twitter.com/intent/user?user_id=700073496"
    }
  },
  {
    "follower" : {
      "accountId" : "700120928",
      "userLink" : "https://twitter.com/intent/user?user_id=700120928"
    }
  },
  {
    "follower" : {
      "accountId" : "700036991",
      "userLink" : "https://twitter.com/intent/user?user_id=700036991"
    }
  },
  {
    "follower" : {
      "accountId" : "700090527",
      "userLink" : "https://twitter.com/intent/user?user_id=700090527"
    }
  },
  {
    "follower" : {
      "accountId" : "700121943",
      "userLink" : "https://twitter.com/intent/user?user_id=700121943"
    }
  },
  {
    "follower" : {
      "accountId" : "700006534",
      "userLink" : "https://twitter.com/intent/user?user_id=700006534"
    }
  },
  {
    "follower" : {
      "accountId" : "700114250",
      "userLink" : "https://twitter.com/intent/user?user_id=700114250"
    }
  },
  {
    "follower" : {
      "accountId" : "700084213",
      "userLink" : "https://twitter.com/intent/user?user_id=700084213"
    }
  },
  {
    "follower" : {
      "accountId" : "700026652",
      "userLink" : "https://twitter.com/intent/user?user_id=700026652"
    }
  },
  {
    "follower" : {
      "accountId" : "700097198",
      "userLink" : "https://twitter.com/intent/user?user_id=700097198"
    }
  },
  {
    "follower" : {
      "accountId" : "700111303",
      "userLink" : "https://twitter.com/intent/user?user_id=700111303"
    }
  },
  {
    "follower" : {
      "accountId" : "700090947",
      "userLink" : "https://twitter.com/intent/user?user_id=700090947"
    }
  },
  {
    "follower" : {
      "accountId" : "700080958",
      "userLink" : "https://twitter.com/intent/user?user_id=700080958"
    }
  },
  {
    "follower" : {
      "accountId" : "700123133",
      "userLink" : "https://twitter.com/intent/user?user_id=700123133"
    }
  },
  {
    "follower" : {
      "accountId" : "700127886",
      "userLink" : "https://twitter.com/intent/user?user_id=700127886"
    }
  },
  {
    "follower" : {
      "accountId" : "700160513",
      "userLink" : "https://twitter.com/intent/user?user_id=700160513"
    }
  },
  {
    "follower" : {
      "accountId" : "700103519",
      "userLink" : "https://twitter.com/intent/user?user_id=700103519"
    }
  },
  {
    "follower" : {
      "accountId" : "700003860",
      "userLink" : "https://twitter.com/intent/user?user_id=700003860"
    }
  },
  {
    "follower" : {
      "accountId" : "700162872",
      "userLink" : "https://twitter.com/intent/user?user_id=700162872"
    }
  },
  {
    "follower" : {
      "accountId" : "700060833",
      "userLink" : "https://twitter.com/intent/user?user_id=700060833"
    }
  },
  {
    "follower" : {
      "accountId" : "700083457",
      "userLink" : "https://twitter.com/intent/user?user_id=700083457"
    }
  },
  {
    "follower" : {
      "accountId" : "700120683",
      "userLink" : "https://twitter.com/intent/user?user_id=700120683"
    }
  },
  {
    "follower" : {
      "accountId" : "700113949",
      "userLink" : "https://twitter.com/intent/user?user_id=700113949"
    }
  },
  {
    "follower" : {
      "accountId" : "700082512",
      "userLink" : "https://twitter.com/intent/user?user_id=700082512"
    }
  },
  {
    "follower" : {
      "accountId" : "700041590",
      "userLink" : "https://twitter.com/intent/user?user_id=700041590"
    }
  },
  {
    "follower" : {
      "accountId" : "700031419",
      "userLink" : "https://twitter.com/intent/user?user_id=700031419"
    }
  },
  {
    "follower" : {
      "accountId" : "700133822",
      "userLink" : "https://twitter.com/intent/user?user_id=700133822"
    }
  },
  {
    "follower" : {
      "accountId" : "700162151",
      "userLink" : "https://twitter.com/intent/user?user_id=700162151"
    }
  },
  {
    "follower" : {
      "accountId" : "700119150",
      "userLink" : "https://twitter.com/intent/user?user_id=700119150"
    }
  },
  {
    "follower" : {
      "accountId" : "700050935",
      "userLink" : "https://twitter.com/intent/user?user_id=700050935"
    }
  },
  {
    "follower" : {
      "accountId" : "700063248",
      "userLink" : "https://twitter.com/intent/user?user_id=700063248"
    }
  },
  {
    "follower" : {
      "accountId" : "700034730",
      "userLink" : "https://twitter.com/intent/user?user_id=700034730"
    }
  },
  {
    "follower" : {
      "accountId" : "700110505",
      "userLink" : "https://twitter.com/intent/user?user_id=700110505"
    }
  },
  {
    "follower" : {
      "accountId" : "700023397",
      "userLink" : "https://twitter.com/intent/user?user_id=700023397"
    }
  },
  {
    "follower" : {
      "accountId" : "700100663",
      "userLink" : "https://twitter.com/intent/user?user_id=700100663"
    }
  },
  {
    "follower" : {
      "accountId" : "700029004",
      "userLink" : "https://twitter.com/intent/user?user_id=700029004"
    }
  },
  {
    "follower" : {
      "accountId" : "700022921",
      "userLink" : "https://twitter.com/intent/user?user_id=700022921"
    }
  },
  {
    "follower" : {
      "accountId" : "700041373",
      "userLink" : "https://twitter.com/intent/user?user_id=700041373"
    }
  },
  {
    "follower" : {
      "accountId" : "700063633",
      "userLink" : "https://twitter.com/intent/user?user_id=700063633"
    }
  },
  {
    "follower" : {
      "accountId" : "700042836",
      "userLink" : "https://twitter.com/intent/user?user_id=700042836"
    }
  },
  {
    "follower" : {
      "accountId" : "700035472",
      "userLink" : "https://twitter.com/intent/user?user_id=700035472"
    }
  },
  {
    "follower" : {
      "accountId" : "700028556",
      "userLink" : "https://twitter.com/intent/user?user_id=700028556"
    }
  },
  {
    "follower" : {
      "accountId" : "700083044",
      "userLink" : "https://twitter.com/intent/user?user_id=700083044"
    }
  },
  {
    "follower" : {
      "accountId" : "700115482",
      "userLink" : "https://twitter.com/intent/user?user_id=700115482"
    }
  },
  {
    "follower" : {
      "accountId" : "700066174",
      "userLink" : "https://twitter.com/intent/user?user_id=700066174"
    }
  },
  {
    "follower" : {
      "accountId" : "700062282",
      "userLink" : "https://twitter.com/intent/user?user_id=700062282"
    }
  },
  {
    "follower" : {
      "accountId" : "700094923",
      "userLink" : "https://twitter.com/intent/user?user_id=700094923"
    }
  },
  {
    "follower" : {
      "accountId" : "700038279",
      "userLink" : "https://twitter.com/intent/user?user_id=700038279"
    }
  },
  {
    "follower" : {
      "accountId" : "700155424",
      "userLink" : "https://twitter.com/intent/user?user_id=700155424"
    }
  },
  {
    "follower" : {
      "accountId" : "700046532",
      "userLink" : "https://twitter.com/intent/user?user_id=700046532"
    }
  },
  {
    "follower" : {
      "accountId" : "700144084",
      "userLink" : "https://twitter.com/intent/user?user_id=700144084"
    }
  },
  {
    "follower" : {
      "accountId" : "700104156",
      "userLink" : "https://twitter.com/intent/user?user_id=700104156"
    }
  },
  {
    "follower" : {
      "accountId" : "700073776",
      "userLink" : "https://twitter.com/intent/user?user_id=700073776"
    }
  },
  {
    "follower" : {
      "accountId" : "700063864",
      "userLink" : "https://twitter.com/intent/user?user_id=700063864"
    }
  },
  {
    "follower" : {
      "accountId" : "700139814",
      "userLink" : "https://twitter.com/intent/user?user_id=700139814"
    }
  },
  {
    "follower" : {
      "accountId" : "700154402",
      "userLink" : "https://twitter.com/intent/user?user_id=700154402"
    }
  },
  {
    "follower" : {
      "accountId" : "700149425",
      "userLink" : "https://twitter.com/intent/user?user_id=700149425"
    }
  },
  {
    "follower" : {
      "accountId" : "700102014",
      "userLink" : "https://twitter.com/intent/user?user_id=700102014"
    }
  },
  {
    "follower" : {
      "accountId" : "700065915",
      "userLink" : "https://twitter.com/intent/user?user_id=700065915"
    }
  },
  {
    "follower" : {
      "accountId" : "700146548",
      "userLink" : "https://twitter.com/intent/user?user_id=700146548"
    }
  },
  {
    "follower" : {
      "accountId" : "700012771",
      "userLink" : "https://twitter.com/intent/user?user_id=700012771"
    }
  },
  {
    "follower" : {
      "accountId" : "700161073",
      "userLink" : "https://twitter.com/intent/user?user_id=700161073"
    }
  },
  {
    "follower" : {
      "accountId" : "700049913",
      "userLink" : "https://twitter.com/intent/user?user_id=700049913"
    }
  },
  {
    "follower" : {
      "accountId" : "700149096",
      "userLink" : "https://twitter.com/intent/user?user_id=700149096"
    }
  },
  {
    "follower" : {
      "accountId" : "700163418",
      "userLink" : "https://twitter.com/intent/user?user_id=700163418"
    }
  },
  {
    "follower" : {
      "accountId" : "700102231",
      "userLink" : "https://twitter.com/intent/user?user_id=700102231"
    }
  },
  {
    "follower" : {
      "accountId" : "700050060",
      "userLink" : "https://twitter.com/intent/user?user_id=700050060"
    }
  },
  {
    "follower" : {
      "accountId" : "700117309",
      "userLink" : "https://twitter.com/intent/user?user_id=700117309"
    }
  },
  {
    "follower" : {
      "accountId" : "700095700",
      "userLink" : "https://twitter.com/intent/user?user_id=700095700"
    }
  },
  {
    "follower" : {
      "accountId" : "700088679",
      "userLink" : "https://twitter.com/intent/user?user_id=700088679"
    }
  },
  {
    "follower" : {
      "accountId" : "700053098",
      "userLink" : "https://twitter.com/intent/user?user_id=700053098"
    }
  },
  {
    "follower" : {
      "accountId" : "700007612",
      "userLink" : "https://twitter.com/intent/user?user_id=700007612"
    }
  },
  {
    "follower" : {
      "accountId" : "700139289",
      "userLink" : "https://twitter.com/intent/user?user_id=700139289"
    }
  },
  {
    "follower" : {
      "accountId" : "700119801",
      "userLink" : "https://twitter.com/intent/user?user_id=700119801"
    }
  },
  {
    "follower" : {
      "accountId" : "700152526",
      "userLink" : "https://twitter.com/intent/user?user_id=700152526"
    }
  },
  {
    "follower" : {
      "accountId" : "700040463",
      "userLink" : "https://twitter.com/intent/user?user_id=700040463"
    }
  },
  {
    "follower" : {
      "accountId" : "700128831",
      "userLink" : "https://twitter.com/intent/user?user_id=700128831"
    }
  },
  {
    "follower" : {
      "accountId" : "700017286",
      "userLink" : "https://twitter.com/intent/user?user_id=700017286"
    }
  },
  {
    "follower" : {
      "accountId" : "700151980",
      "userLink" : "https://twitter.com/intent/user?user_id=700151980"
    }
  },
  {
    "follower" : {
      "accountId" : "700028206",
      "userLink" : "https://twitter.com/intent/user?user_id=700028206"
    }
  },
  {
    "follower" : {
      "accountId" : "700112311",
      "userLink" : "https://twitter.com/intent/user?user_id=700112311"
    }
  },
  {
    "follower" : {
      "accountId" : "700144434",
      "userLink" : "https://twitter.com/intent/user?user_id=700144434"
    }
  },
  {
    "follower" : {
      "accountId" : "700098934",
      "userLink" : "https://twitter.com/intent/user?user_id=700098934"
    }
  },
  {
    "follower" : {
      "accountId" : "700088567",
      "userLink" : "https://twitter.com/intent/user?user_id=700088567"
    }
  },
  {
    "follower" : {
      "accountId" : "700039546",
      "userLink" : "https://twitter.com/intent/user?user_id=700039546"
    }
  },
  {
    "follower" : {
      "accountId" : "700088462",
      "userLink" : "https://twitter.com/intent/user?user_id=700088462"
    }
  },
  {
    "follower" : {
      "accountId" : "700115370",
      "userLink" : "https://twitter.com/intent/user?user_id=700115370"
    }
  },
  {
    "follower" : {
      "accountId" : "700073699",
      "userLink" : "https://twitter.com/intent/user?user_id=700073699"
    }
  },
  {
    "follower" : {
      "accountId" : "700161913",
      "userLink" : "https://twitter.com/intent/user?user_id=700161913"
    }
  },
  {
    "follower" : {
      "accountId" : "700086327",
      "userLink" : "https://twitter.com/intent/user?user_id=700086327"
    }
  },
  {
    "follower" : {
      "accountId" : "700011609",
      "userLink" : "https://twitter.com/intent/user?user_id=700011609"
    }
  },
  {
    "follower" : {
      "accountId" : "700110225",
      "userLink" : "https://twitter.com/intent/user?user_id=700110225"
    }
  },
  {
    "follower" : {
      "accountId" : "700018721",
      "userLink" : "https://twitter.com/intent/user?user_id=700018721"
    }
  },
  {
    "follower" : {
      "accountId" : "700100803",
      "userLink" : "https://twitter.com/intent/user?user_id=700100803"
    }
  },
  {
    "follower" : {
      "accountId" : "700007038",
      "userLink" : "https://twitter.com/intent/user?user_id=700007038"
    }
  },
  {
    "follower" : {
      "accountId" : "700058278",
      "userLink" : "https://twitter.com/intent/user?user_id=700058278"
    }
  },
  {
    "follower" : {
      "accountId" : "700063794",
      "userLink" : "https://twitter.com/intent/user?user_id=700063794"
    }
  },
  {
    "follower" : {
      "accountId" : "700145659",
      "userLink" : "https://twitter.com/intent/user?user_id=700145659"
    }
  },
  {
    "follower" : {
      "accountId" : "700138183",
      "userLink" : "https://twitter.com/intent/user?user_id=700138183"
    }
  },
  {
    "follower" : {
      "accountId" : "700062275",
      "userLink" : "https://twitter.com/intent/user?user_id=700062275"
    }
  },
  {
    "follower" : {
      "accountId" : "700033323",
      "userLink" : "https://twitter.com/intent/user?user_id=700033323"
    }
  },
  {
    "follower" : {
      "accountId" : "700134669",
      "userLink" : "https://twitter.com/intent/user?user_id=700134669"
    }
  },
  {
    "follower" : {
      "accountId" : "700099074",
      "userLink" : "https://twitter.com/intent/user?user_id=700099074"
    }
  },
  {
    "follower" : {
      "accountId" : "700131267",
      "userLink" : "https://twitter.com/intent/user?user_id=700131267"
    }
  },
  {
    "follower" : {
      "accountId" : "700073755",
      "userLink" : "https://twitter.com/intent/user?user_id=700073755"
    }
  },
  {
    "follower" : {
      "accountId" : "700066706",
      "userLink" : "https://twitter.com/intent/user?user_id=700066706"
    }
  },
  {
    "follower" : {
      "accountId" : "700018392",
      "userLink" : "https://twitter.com/intent/user?user_id=700018392"
    }
  },
  {
    "follower" : {
      "accountId" : "700104828",
      "userLink" : "https://twitter.com/intent/user?user_id=700104828"
    }
  },
  {
    "follower" : {
      "accountId" : "700073076",
      "userLink" : "https://twitter.com/intent/user?user_id=700073076"
    }
  },
  {
    "follower" : {
      "accountId" : "700066314",
      "userLink" : "https://twitter.com/intent/user?user_id=700066314"
    }
  },
  {
    "follower" : {
      "accountId" : "700116539",
      "userLink" : "https://twitter.com/intent/user?user_id=700116539"
    }
  },
  {
    "follower" : {
      "accountId" : "700074147",
      "userLink" : "https://twitter.com/intent/user?user_id=700074147"
    }
  },
  {
    "follower" : {
      "accountId" : "700101671",
      "userLink" : "https://twitter.com/intent/user?user_id=700101671"
    }
  },
  {
    "follower" : {
      "accountId" : "700065775",
      "userLink" : "https://twitter.com/intent/user?user_id=700065775"
    }
  },
  {
    "follower" : {
      "accountId" : "700089981",
      "userLink" : "https://twitter.com/intent/user?user_id=700089981"
    }
  },
  {
    "follower" : {
      "accountId" : "700075106",
      "userLink" : "https://twitter.com/intent/user?user_id=700075106"
    }
  },
  {
    "follower" : {
      "accountId" : "700070780",
      "userLink" : "https://twitter.com/intent/user?user_id=700070780"
    }
  },
  {
    "follower" : {
      "accountId" : "700036004",
      "userLink" : "https://twitter.com/intent/user?user_id=700036004"
    }
  },
  {
    "follower" : {
      "accountId" : "700098654",
      "userLink" : "https://twitter.com/intent/user?user_id=700098654"
    }
  },
  {
    "follower" : {
      "accountId" : "700070815",
      "userLink" : "https://twitter.com/intent/user?user_id=700070815"
    }
  },
  {
    "follower" : {
      "accountId" : "700153562",
      "userLink" : "https://twitter.com/intent/user?user_id=700153562"
    }
  },
  {
    "follower" : {
      "accountId" : "700031804",
      "userLink" : "https://twitter.com/intent/user?user_id=700031804"
    }
  },
  {
    "follower" : {
      "accountId" : "700090352",
      "userLink" : "https://twitter.com/intent/user?user_id=700090352"
    }
  },
  {
    "follower" : {
      "accountId" : "700156999",
      "userLink" : "https://twitter.com/intent/user?user_id=700156999"
    }
  },
  {
    "follower" : {
      "accountId" : "700018511",
      "userLink" : "https://twitter.com/intent/user?user_id=700018511"
    }
  },
  {
    "follower" : {
      "accountId" : "700024083",
      "userLink" : "https://twitter.com/intent/user?user_id=700024083"
    }
  },
  {
    "follower" : {
      "accountId" : "700160499",
      "userLink" : "https://twitter.com/intent/user?user_id=700160499"
    }
  },
  {
    "follower" : {
      "accountId" : "700084269",
      "userLink" : "https://twitter.com/intent/user?user_id=700084269"
    }
  },
  {
    "follower" : {
      "accountId" : "700096645",
      "userLink" : "https://twitter.com/intent/user?user_id=700096645"
    }
  },
  {
    "follower" : {
      "accountId" : "700095308",
      "userLink" : "https://twitter.com/intent/user?user_id=700095308"
    }
  },
  {
    "follower" : {
      "accountId" : "700138379",
      "userLink" : "https://twitter.com/intent/user?user_id=700138379"
    }
  },
  {
    "follower" : {
      "accountId" : "700107628",
      "userLink" : "https://twitter.com/intent/user?user_id=700107628"
    }
  },
  {
    "follower" : {
      "accountId" : "700004693",
      "userLink" : "https://twitter.com/intent/user?user_id=700004693"
    }
  },
  {
    "follower" : {
      "accountId" : "700153807",
      "userLink" : "https://twitter.com/intent/user?user_id=700153807"
    }
  },
  {
    "follower" : {
      "accountId" : "700051810",
      "userLink" : "https://twitter.com/intent/user?user_id=700051810"
    }
  },
  {
    "follower" : {
      "accountId" : "700149936",
      "userLink" : "https://twitter.com/intent/user?user_id=700149936"
    }
  },
  {
    "follower" : {
      "accountId" : "700074721",
      "userLink" : "https://twitter.com/intent/user?user_id=700074721"
    }
  },
  {
    "follower" : {
      "accountId" : "700024853",
      "userLink" : "https://twitter.com/intent/user?user_id=700024853"
    }
  },
  {
    "follower" : {
      "accountId" : "700007892",
      "userLink" : "https://twitter.com/intent/user?user_id=700007892"
    }
  },
  {
    "follower" : {
      "accountId" : "700121691",
      "userLink" : "https://twitter.com/intent/user?user_id=700121691"
    }
  },
  {
    "follower" : {
      "accountId" : "700145470",
      "userLink" : "https://twitter.com/intent/user?user_id=700145470"
    }
  },
  {
    "follower" : {
      "accountId" : "700019113",
      "userLink" : "https://twitter.com/intent/user?user_id=700019113"
    }
  },
  {
    "follower" : {
      "accountId" : "700023922",
      "userLink" : "https://twitter.com/intent/user?user_id=700023922"
    }
  },
  {
    "follower" : {
      "accountId" : "700063500",
      "userLink" : "https://twitter.com/intent/user?user_id=700063500"
    }
  },
  {
    "follower" : {
      "accountId" : "700029025",
      "userLink" : "https://twitter.com/intent/user?user_id=700029025"
    }
  },
  {
    "follower" : {
      "accountId" : "700032203",
      "userLink" : "https://twitter.com/intent/user?user_id=700032203"
    }
  },
  {
    "follower" : {
      "accountId" : "700160709",
      "userLink" : "https://twitter.com/intent/user?user_id=700160709"
    }
  },
  {
    "follower" : {
      "accountId" : "700160975",
      "userLink" : "https://twitter.com/intent/user?user_id=700160975"
    }
  },
  {
    "follower" : {
      "accountId" : "700115384",
      "userLink" : "https://twitter.com/intent/user?user_id=700115384"
    }
  },
  {
    "follower" : {
      "accountId" : "700098794",
      "userLink" : "https://twitter.com/intent/user?user_id=700098794"
    }
  },
  {
    "follower" : {
      "accountId" : "700069114",
      "userLink" : "https://twitter.com/intent/user?user_id=700069114"
    }
  },
  {
    "follower" : {
      "accountId" : "700049514",
      "userLink" : "https://twitter.com/intent/user?user_id=700049514"
    }
  },
  {
    "follower" : {
      "accountId" : "700023761",
      "userLink" : "https://twitter.com/intent/user?user_id=700023761"
    }
  },
  {
    "follower" : {
      "accountId" : "700119248",
      "userLink" : "https://twitter.com/intent/user?user_id=700119248"
    }
  },
  {
    "follower" : {
      "accountId" : "700077668",
      "userLink" : "https://twitter.com/intent/user?user_id=700077668"
    }
  },
  {
    "follower" : {
      "accountId" : "700031328",
      "userLink" : "https://twitter.com/intent/user?user_id=700031328"
    }
  },
  {
    "follower" : {
      "accountId" : "700158210",
      "userLink" : "https://twitter.com/intent/user?user_id=700158210"
    }
  },
  {
    "follower" : {
      "accountId" : "700113263",
      "userLink" : "https://twitter.com/intent/user?user_id=700113263"
    }
  },
  {
    "follower" : {
      "accountId" : "700096624",
      "userLink" : "https://twitter.com/intent/user?user_id=700096624"
    }
  },
  {
    "follower" : {
      "accountId" : "700027044",
      "userLink" : "https://twitter.com/intent/user?user_id=700027044"
    }
  },
  {
    "follower" : {
      "accountId" : "700048254",
      "userLink" : "https://twitter.com/intent/user?user_id=700048254"
    }
  },
  {
    "follower" : {
      "accountId" : "700020933",
      "userLink" : "https://twitter.com/intent/user?user_id=700020933"
    }
  },
  {
    "follower" : {
      "accountId" : "700052461",
      "userLink" : "https://twitter.com/intent/user?user_id=700052461"
    }
  },
  {
    "follower" : {
      "accountId" : "700001207",
      "userLink" : "https://twitter.com/intent/user?user_id=700001207"
    }
  },
  {
    "follower" : {
      "accountId" : "700111569",
      "userLink" : "https://twitter.com/intent/user?user_id=700111569"
    }
  },
  {
    "follower" : {
      "accountId" : "700127732",
      "userLink" : "https://twitter.com/intent/user?user_id=700127732"
    }
  },
  {
    "follower" : {
      "accountId" : "700060875",
      "userLink" : "https://twitter.com/intent/user?user_id=700060875"
    }
  },
  {
    "follower" : {
      "accountId" : "700003475",
      "userLink" : "https://twitter.com/intent/user?user_id=700003475"
    }
  },
  {
    "follower" : {
      "accountId" : "700109238",
      "userLink" : "https://twitter.com/intent/user?user_id=700109238"
    }
  },
  {
    "follower" : {
      "accountId" : "700013562",
      "userLink" : "https://twitter.com/intent/user?user_id=700013562"
    }
  },
  {
    "follower" : {
      "accountId" : "700130721",
      "userLink" : "https://twitter.com/intent/user?user_id=700130721"
    }
  },
  {
    "follower" : {
      "accountId" : "700078228",
      "userLink" : "https://twitter.com/intent/user?user_id=700078228"
    }
  }
]