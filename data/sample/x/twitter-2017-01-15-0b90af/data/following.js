window.YTD.following.part0 = [
  {
    "following" : {
      "accountId" : "700159778",
      "userLink" : "https://twitter.com/intent/user?user_id=700159778"
    }
  },
  {
    "following" : {
      "accountId" : "700109987",
      "userLink" : "https://twitter.com/intent/user?user_id=700109987"
    }
  },
  {
    "following" : {
      "accountId" : "700044460",
      "userLink" : "https://twitter.com/intent/user?user_id=700044460"
    }
  },
  {
    "following" : {
      "accountId" : "700142110",
      "userLink" : "https://twitter.com/intent/user?user_id=700142110"
    }
  },
  {
    "following" : {
      "accountId" : "700085172",
      "userLink" : "https://twitter.com/intent/user?user_id=700085172"
    }
  },
  {
    "following" : {
      "accountId" : "700080440",
      "userLink" : "https://twitter.com/intent/user?user_id=700080440"
    }
  },
  {
    "following" : {
      "accountId" : "700049948",
      "userLink" : "https://twitter.com/intent/user?user_id=700049948"
    }
  },
  {
    "following" : {
      "accountId" : "700057844",
      "userLink" : "https://twitter.com/intent/user?user_id=700057844"
    }
  },
  {
    "following" : {
      "accountId" : "700055877",
      "userLink" : "https://twitter.com/intent/user?user_id=700055877"
    }
  },
  {
    "following" : {
      "accountId" : "700099501",
      "userLink" : "https://twitter.com/intent/user?user_id=700099501"
    }
  },
  {
    "following" : {
      "accountId" : "700056024",
      "userLink" : "https://twitter.com/intent/user?user_id=700056024"
    }
  },
  {
    "following" : {
      "accountId" : "700095896",
      "userLink" : "https://twitter.com/intent/user?user_id=700095896"
    }
  },
  {
    "following" : {
      "accountId" : "700141767",
      "userLink" : "https://twitter.com/intent/user?user_id=700141767"
    }
  },
  {
    "following" : {
      "accountId" : "700062737",
      "userLink" : "https://twitter.com/intent/user?user_id=700062737"
    }
  },
  {
    "following" : {
      "accountId" : "700110568",
      "userLink" : "https://twitter.com/intent/user?user_id=700110568"
    }
  },
  {
    "following" : {
      "accountId" : "700140864",
      "userLink" : "https://twitter.com/intent/user?user_id=700140864"
    }
  },
  {
    "following" : {
      "accountId" : "700017475",
      "userLink" : "https://twitter.com/intent/user?user_id=700017475"
    }
  },
  {
    "following" : {
      "accountId" : "700023929",
      "userLink" : "https://twitter.com/intent/user?user_id=700023929"
    }
  },
  {
    "following" : {
      "accountId" : "700047057",
      "userLink" : "https://twitter.com/intent/user?user_id=700047057"
    }
  },
  {
    "following" : {
      "accountId" : "700061953",
      "userLink" : "https://twitter.com/intent/user?user_id=700061953"
    }
  },
  {
    "following" : {
      "accountId" : "700034639",
      "userLink" : "https://twitter.com/intent/user?user_id=700034639"
    }
  },
  {
    "following" : {
      "accountId" : "700058397",
      "userLink" : "https://twitter.com/intent/user?user_id=700058397"
    }
  },
  {
    "following" : {
      "accountId" : "700129881",
      "userLink" : "https://twitter.com/intent/user?user_id=700129881"
    }
  },
  {
    "following" : {
      "accountId" : "700093488",
      "userLink" : "https://twitter.com/intent/user?user_id=700093488"
    }
  },
  {
    "following" : {
      "accountId" : "700162179",
      "userLink" : "https://twitter.com/intent/user?user_id=700162179"
    }
  },
  {
    "following" : {
      "accountId" : "700032476",
      "userLink" : "https://twitter.com/intent/user?user_id=700032476"
    }
  },
  {
    "following" : {
      "accountId" : "700156873",
      "userLink" : "https://twitter.com/intent/user?user_id=700156873"
    }
  },
  {
    "following" : {
      "accountId" : "700076667",
      "userLink" : "https://twitter.com/intent/user?user_id=700076667"
    }
  },
  {
    "following" : {
      "accountId" : "700163033",
      "userLink" : "https://twitter.com/intent/user?user_id=700163033"
    }
  },
  {
    "following" : {
      "accountId" : "700118030",
      "userLink" : "https://twitter.com/intent/user?user_id=700118030"
    }
  },
  {
    "following" : {
      "accountId" : "700106361",
      "userLink" : "https://twitter.com/intent/user?user_id=700106361"
    }
  },
  {
    "following" : {
      "accountId" : "700091255",
      "userLink" : "https://twitter.com/intent/user?user_id=700091255"
    }
  },
  {
    "following" : {
      "accountId" : "700135698",
      "userLink" : "https://twitter.com/intent/user?user_id=700135698"
    }
  },
  {
    "following" : {
      "accountId" : "700029970",
      "userLink" : "https://twitter.com/intent/user?user_id=700029970"
    }
  },
  {
    "following" : {
      "accountId" : "700078515",
      "userLink" : "https://twitter.com/intent/user?user_id=700078515"
    }
  },
  {
    "following" : {
      "accountId" : "700135306",
      "userLink" : "https://twitter.com/intent/user?user_id=700135306"
    }
  },
  {
    "following" : {
      "accountId" : "700000612",
      "userLink" : "https://twitter.com/intent/user?user_id=700000612"
    }
  },
  {
    "following" : {
      "accountId" : "700089834",
      "userLink" : "https://twitter.com/intent/user?user_id=700089834"
    }
  },
  {
    "following" : {
      "accountId" : "700041408",
      "userLink" : "https://twitter.com/intent/user?user_id=700041408"
    }
  },
  {
    "following" : {
      "accountId" : "700088644",
      "userLink" : "https://twitter.com/intent/user?user_id=700088644"
    }
  },
  {
    "following" : {
      "accountId" : "700024335",
      "userLink" : "https://twitter.com/intent/user?user_id=700024335"
    }
  },
  {
    "following" : {
      "accountId" : "700016852",
      "userLink" : "https://twitter.com/intent/user?user_id=700016852"
    }
  },
  {
    "following" : {
      "accountId" : "700013128",
      "userLink" : "https://twitter.com/intent/user?user_id=700013128"
    }
  },
  {
    "following" : {
      "accountId" : "700000829",
      "userLink" : "https://twitter.com/intent/user?user_id=700000829"
    }
  },
  {
    "following" : {
      "accountId" : "700047148",
      "userLink" : "https://twitter.com/intent/user?user_id=700047148"
    }
  },
  {
    "following" : {
      "accountId" : "700092963",
      "userLink" : "https://twitter.com/intent/user?user_id=700092963"
    }
  },
  {
    "following" : {
      "accountId" : "700147157",
      "userLink" : "https://twitter.com/intent/user?user_id=700147157"
    }
  },
  {
    "following" : {
      "accountId" : "700051635",
      "userLink" : "https://twitter.com/intent/user?user_id=700051635"
    }
  },
  {
    "following" : {
      "accountId" : "700077563",
      "userLink" : "https://twitter.com/intent/user?user_id=700077563"
    }
  },
  {
    "following" : {
      "accountId" : "700009880",
      "userLink" : "https://twitter.com/intent/user?user_id=700009880"
    }
  },
  {
    "following" : {
      "accountId" : "700048884",
      "userLink" : "https://twitter.com/intent/user?user_id=700048884"
    }
  },
  {
    "following" : {
      "accountId" : "700104996",
      "userLink" : "https://twitter.com/intent/user?user_id=700104996"
    }
  },
  {
    "following" : {
      "accountId" : "700082939",
      "userLink" : "https://twitter.com/intent/user?user_id=700082939"
    }
  },
  {
    "following" : {
      "accountId" : "700148438",
      "userLink" : "https://twitter.com/intent/user?user_id=700148438"
    }
  },
  {
    "following" : {
      "accountId" : "700002516",
      "userLink" : "https://twitter.com/intent/user?user_id=700002516"
    }
  },
  {
    "following" : {
      "accountId" : "700111135",
      "userLink" : "https://twitter.com/intent/user?user_id=700111135"
    }
  },
  {
    "following" : {
      "accountId" : "700072649",
      "userLink" : "https://twitter.com/intent/user?user_id=700072649"
    }
  },
  {
    "following" : {
      "accountId" : "700103435",
      "userLink" : "https://twitter.com/intent/user?user_id=700103435"
    }
  },
  {
    "following" : {
      "accountId" : "700087132",
      "userLink" : "https://twitter.com/intent/user?user_id=700087132"
    }
  },
  {
    "following" : {
      "accountId" : "700087895",
      "userLink" : "https://twitter.com/intent/user?user_id=700087895"
    }
  },
  {
    "following" : {
      "accountId" : "700005547",
      "userLink" : "https://twitter.com/intent/user?user_id=700005547"
    }
  },
  {
    "following" : {
      "accountId" : "700049437",
      "userLink" : "https://twitter.com/intent/user?user_id=700049437"
    }
  },
  {
    "following" : {
      "accountId" : "700049997",
      "userLink" : "https://twitter.com/intent/user?user_id=700049997"
    }
  },
  {
    "following" : {
      "accountId" : "700055100",
      "userLink" : "https://twitter.com/intent/user?user_id=700055100"
    }
  },
  {
    "following" : {
      "accountId" : "700034163",
      "userLink" : "https://twitter.com/intent/user?user_id=700034163"
    }
  },
  {
    "following" : {
      "accountId" : "700148956",
      "userLink" : "https://twitter.com/intent/user?user_id=700148956"
    }
  },
  {
    "following" : {
      "accountId" : "700116385",
      "userLink" : "https://twitter.com/intent/user?user_id=700116385"
    }
  },
  {
    "following" : {
      "accountId" : "700011322",
      "userLink" : "https://twitter.com/intent/user?user_id=700011322"
    }
  },
  {
    "following" : {
      "accountId" : "700050354",
      "userLink" : "https://twitter.com/intent/user?user_id=700050354"
    }
  },
  {
    "following" : {
      "accountId" : "700138078",
      "userLink" : "https://twitter.com/intent/user?user_id=700138078"
    }
  },
  {
    "following" : {
      "accountId" : "700146660",
      "userLink" : "https://twitter.com/intent/user?user_id=700146660"
    }
  },
  {
    "following" : {
      "accountId" : "700102714",
      "userLink" : "https://twitter.com/intent/user?user_id=700102714"
    }
  },
  {
    "following" : {
      "accountId" : "700060098",
      "userLink" : "https://twitter.com/intent/user?user_id=700060098"
    }
  },
  {
    "following" : {
      "accountId" : "700062891",
      "userLink" : "https://twitter.com/intent/user?user_id=700062891"
    }
  },
  {
    "following" : {
      "accountId" : "700161983",
      "userLink" : "https://twitter.com/intent/user?user_id=700161983"
    }
  },
  {
    "following" : {
      "accountId" : "700112549",
      "userLink" : "https://twitter.com/intent/user?user_id=700112549"
    }
  },
  {
    "following" : {
      "accountId" : "700007262",
      "userLink" : "https://twitter.com/intent/user?user_id=700007262"
    }
  },
  {
    "following" : {
      "accountId" : "700077465",
      "userLink" : "https://twitter.com/intent/user?user_id=700077465"
    }
  },
  {
    "following" : {
      "accountId" : "700143538",
      "userLink" : "https://twitter.com/intent/user?user_id=700143538"
    }
  },
  {
    "following" : {
      "accountId" : "700118471",
      "userLink" : "https://twitter.com/intent/user?user_id=700118471"
    }
  },
  {
    "following" : {
      "accountId" : "700107145",
      "userLink" : "https://twitter.com/intent/user?user_id=700107145"
    }
  },
  {
    "following" : {
      "accountId" : "700145204",
      "userLink" : "https://twitter.com/intent/user?user_id=700145204"
    }
  },
  {
    "following" : {
      "accountId" : "700141928",
      "userLink" : "https://twitter.com/intent/user?user_id=700141928"
    }
  },
  {
    "following" : {
      "accountId" : "700072719",
      "userLink" : "https://twitter.com/intent/user?user_id=700072719"
    }
  },
  {
    "following" : {
      "accountId" : "700136776",
      "userLink" : "https://twitter.com/intent/user?user_id=700136776"
    }
  },
  {
    "following" : {
      "accountId" : "700061365",
      "userLink" : "https://twitter.com/intent/user?user_id=700061365"
    }
  },
  {
    "following" : {
      "accountId" : "700144259",
      "userLink" : "https://twitter.com/intent/user?user_id=700144259"
    }
  },
  {
    "following" : {
      "accountId" : "700122790",
      "userLink" : "https://twitter.com/intent/user?user_id=700122790"
    }
  },
  {
    "following" : {
      "accountId" : "700080013",
      "userLink" : "https://twitter.com/intent/user?user_id=700080013"
    }
  },
  {
    "following" : {
      "accountId" : "700033239",
      "userLink" : "https://twitter.com/intent/user?user_id=700033239"
    }
  },
  {
    "following" : {
      "accountId" : "700054848",
      "userLink" : "https://twitter.com/intent/user?user_id=700054848"
    }
  },
  {
    "following" : {
      "accountId" : "700068008",
      "userLink" : "https://twitter.com/intent/user?user_id=700068008"
    }
  },
  {
    "following" : {
      "accountId" : "700065208",
      "userLink" : "https://twitter.com/intent/user?user_id=700065208"
    }
  },
  {
    "following" : {
      "accountId" : "700127431",
      "userLink" : "https://twitter.com/intent/user?user_id=700127431"
    }
  },
  {
    "following" : {
      "accountId" : "700119605",
      "userLink" : "https://twitter.com/intent/user?user_id=700119605"
    }
  },
  {
    "following" : {
      "accountId" : "700010237",
      "userLink" : "https://twitter.com/intent/user?user_id=700010237"
    }
  },
  {
    "following" : {
      "accountId" : "700021059",
      "userLink" : "https://twitter.com/intent/user?user_id=700021059"
    }
  },
  {
    "following" : {
      "accountId" : "700134900",
      "userLink" : "https://twitter.com/intent/user?user_id=700134900"
    }
  },
  {
    "following" : {
      "accountId" : "700050039",
      "userLink" : "https://twitter.com/intent/user?user_id=700050039"
    }
  },
  {
    "following" : {
      "accountId" : "700025455",
      "userLink" : "https://twitter.com/intent/user?user_id=700025455"
    }
  },
  {
    "following" : {
      "accountId" : "700030236",
      "userLink" : "https://twitter.com/intent/user?user_id=700030236"
    }
  },
  {
    "following" : {
      "accountId" : "700008662",
      "userLink" : "https://twitter.com/intent/user?user_id=700008662"
    }
  },
  {
    "following" : {
      "accountId" : "700070542",
      "userLink" : "https://twitter.com/intent/user?user_id=700070542"
    }
  },
  {
    "following" : {
      "accountId" : "700139338",
      "userLink" : "https://twitter.com/intent/user?user_id=700139338"
    }
  },
  {
    "following" : {
      "accountId" : "700061617",
      "userLink" : "https://twitter.com/intent/user?user_id=700061617"
    }
  },
  {
    "following" : {
      "accountId" : "700125394",
      "userLink" : "https://twitter.com/intent/user?user_id=700125394"
    }
  },
  {
    "following" : {
      "accountId" : "700034149",
      "userLink" : "https://twitter.com/intent/user?user_id=700034149"
    }
  },
  {
    "following" : {
      "accountId" : "700122776",
      "userLink" : "https://twitter.com/intent/user?user_id=700122776"
    }
  },
  {
    "following" : {
      "accountId" : "700005351",
      "userLink" : "https://twitter.com/intent/user?user_id=700005351"
    }
  },
  {
    "following" : {
      "accountId" : "700056717",
      "userLink" : "https://twitter.com/intent/user?user_id=700056717"
    }
  },
  {
    "following" : {
      "accountId" : "700019092",
      "userLink" : "https://twitter.com/intent/user?user_id=700019092"
    }
  },
  {
    "following" : {
      "accountId" : "700092487",
      "userLink" : "https://twitter.com/intent/user?user_id=700092487"
    }
  },
  {
    "following" : {
      "accountId" : "700014920",
      "userLink" : "https://twitter.com/intent/user?user_id=700014920"
    }
  },
  {
    "following" : {
      "accountId" : "700124659",
      "userLink" : "https://twitter.com/intent/user?user_id=700124659"
    }
  },
  {
    "following" : {
      "accountId" : "700012302",
      "userLink" : "https://twitter.com/intent/user?user_id=700012302"
    }
  },
  {
    "following" : {
      "accountId" : "700052314",
      "userLink" : "https://twitter.com/intent/user?user_id=700052314"
    }
  },
  {
    "following" : {
      "accountId" : "700032413",
      "userLink" : "https://twitter.com/intent/user?user_id=700032413"
    }
  },
  {
    "following" : {
      "accountId" : "700051215",
      "userLink" : "https://twitter.com/intent/user?user_id=700051215"
    }
  },
  {
    "following" : {
      "accountId" : "700091654",
      "userLink" : "https://twitter.com/intent/user?user_id=700091654"
    }
  },
  {
    "following" : {
      "accountId" : "700115552",
      "userLink" : "https://twitter.com/intent/user?user_id=700115552"
    }
  },
  {
    "following" : {
      "accountId" : "700050746",
      "userLink" : "https://twitter.com/intent/user?user_id=700050746"
    }
  },
  {
    "following" : {
      "accountId" : "700134004",
      "userLink" : "https://twitter.com/intent/user?user_id=700134004"
    }
  },
  {
    "following" : {
      "accountId" : "700066524",
      "userLink" : "https://twitter.com/intent/user?user_id=700066524"
    }
  },
  {
    "following" : {
      "accountId" : "700036991",
      "userLink" : "https://twitter.com/intent/user?user_id=700036991"
    }
  },
  {
    "following" : {
      "accountId" : "700150503",
      "userLink" : "https://twitter.com/intent/user?user_id=700150503"
    }
  },
  {
    "following" : {
      "accountId" : "700035941",
      "userLink" : "https://twitter.com/intent/user?user_id=700035941"
    }
  },
  {
    "following" : {
      "accountId" : "700099991",
      "userLink" : "https://twitter.com/intent/user?user_id=700099991"
    }
  },
  {
    "following" : {
      "accountId" : "700073496",
      "userLink" : "https://twitter.com/intent/user?user_id=700073496"
    }
  },
  {
    "following" : {
      "accountId" : "700120928",
      "userLink" : "https://twitter.com/intent/user?user_id=700120928"
    }
  },
  {
    "following" : {
      "accountId" : "700076282",
      "userLink" : "https://twitter.com/intent/user?user_id=700076282"
    }
  },
  {
    "following" : {
      "accountId" : "700090527",
      "userLink" : "https://twitter.com/intent/user?user_id=700090527"
    }
  },
  {
    "following" : {
      "accountId" : "700121943",
      "userLink" : "https://twitter.com/intent/user?user_id=700121943"
    }
  },
  {
    "following" : {
      "accountId" : "700076268",
      "userLink" : "https://twitter.com/intent/user?user_id=700076268"
    }
  },
  {
    "following" : {
      "accountId" : "700115069",
      "userLink" : "https://twitter.com/intent/user?user_id=700115069"
    }
  },
  {
    "following" : {
      "accountId" : "700047120",
      "userLink" : "https://twitter.com/intent/user?user_id=700047120"
    }
  },
  {
    "following" : {
      "accountId" : "700031762",
      "userLink" : "https://twitter.com/intent/user?user_id=700031762"
    }
  },
  {
    "following" : {
      "accountId" : "700101923",
      "userLink" : "https://twitter.com/intent/user?user_id=700101923"
    }
  },
  {
    "following" : {
      "accountId" : "700142404",
      "userLink" : "https://twitter.com/intent/user?user_id=700142404"
    }
  },
  {
    "following" : {
      "accountId" : "700141340",
      "userLink" : "https://twitter.com/intent/user?user_id=700141340"
    }
  },
  {
    "following" : {
      "accountId" : "700159253",
      "userLink" : "https://twitter.com/intent/user?user_id=700159253"
    }
  },
  {
    "following" : {
      "accountId" : "700084213",
      "userLink" : "https://twitter.com/intent/user?user_id=700084213"
    }
  },
  {
    "following" : {
      "accountId" : "700054806",
      "userLink" : "https://twitter.com/intent/user?user_id=700054806"
    }
  },
  {
    "following" : {
      "accountId" : "700148011",
      "userLink" : "https://twitter.com/intent/user?user_id=700148011"
    }
  },
  {
    "following" : {
      "accountId" : "700034303",
      "userLink" : "https://twitter.com/intent/user?user_id=700034303"
    }
  },
  {
    "following" : {
      "accountId" : "700097198",
      "userLink" : "https://twitter.com/intent/user?user_id=700097198"
    }
  },
  {
    "following" : {
      "accountId" : "700109357",
      "userLink" : "https://twitter.com/intent/user?user_id=700109357"
    }
  },
  {
    "following" : {
      "accountId" : "700111303",
      "userLink" : "https://twitter.com/intent/user?user_id=700111303"
    }
  },
  {
    "following" : {
      "accountId" : "700090947",
      "userLink" : "https://twitter.com/intent/user?user_id=700090947"
    }
  },
  {
    "following" : {
      "accountId" : "700073671",
      "userLink" : "https://twitter.com/intent/user?user_id=700073671"
    }
  },
  {
    "following" : {
      "accountId" : "700058894",
      "userLink" : "https://twitter.com/intent/user?user_id=700058894"
    }
  },
  {
    "following" : {
      "accountId" : "700026652",
      "userLink" : "https://twitter.com/intent/user?user_id=700026652"
    }
  },
  {
    "following" : {
      "accountId" : "700080958",
      "userLink" : "https://twitter.com/intent/user?user_id=700080958"
    }
  },
  {
    "following" : {
      "accountId" : "700143671",
      "userLink" : "https://twitter.com/intent/user?user_id=700143671"
    }
  },
  {
    "following" : {
      "accountId" : "700155277",
      "userLink" : "https://twitter.com/intent/user?user_id=700155277"
    }
  },
  {
    "following" : {
      "accountId" : "700129594",
      "userLink" : "https://twitter.com/intent/user?user_id=700129594"
    }
  },
  {
    "following" : {
      "accountId" : "700135740",
      "userLink" : "https://twitter.com/intent/user?user_id=700135740"
    }
  },
  {
    "following" : {
      "accountId" : "700033344",
      "userLink" : "https://twitter.com/intent/user?user_id=700033344"
    }
  },
  {
    "following" : {
      "accountId" : "700022396",
      "userLink" : "https://twitter.com/intent/user?user_id=700022396"
    }
  },
  {
    "following" : {
      "accountId" : "700160513",
      "userLink" : "https://twitter.com/intent/user?user_id=700160513"
    }
  },
  {
    "following" : {
      "accountId" : "700062856",
      "userLink" : "https://twitter.com/intent/user?user_id=700062856"
    }
  },
  {
    "following" : {
      "accountId" : "700011700",
      "userLink" : "https://twitter.com/intent/user?user_id=700011700"
    }
  },
  {
    "following" : {
      "accountId" : "700006947",
      "userLink" : "https://twitter.com/intent/user?user_id=700006947"
    }
  },
  {
    "following" : {
      "accountId" : "700029256",
      "userLink" : "https://twitter.com/intent/user?user_id=700029256"
    }
  },
  {
    "following" : {
      "accountId" : "700033666",
      "userLink" : "https://twitter.com/intent/user?user_id=700033666"
    }
  },
  {
    "following" : {
      "accountId" : "700162872",
      "userLink" : "https://twitter.com/intent/user?user_id=700162872"
    }
  },
  {
    "following" : {
      "accountId" : "700158721",
      "userLink" : "https://twitter.com/intent/user?user_id=700158721"
    }
  },
  {
    "following" : {
      "accountId" : "700047309",
      "userLink" : "https://twitter.com/intent/user?user_id=700047309"
    }
  },
  {
    "following" : {
      "accountId" : "700158539",
      "userLink" : "https://twitter.com/intent/user?user_id=700158539"
    }
  },
  {
    "following" : {
      "accountId" : "700093817",
      "userLink" : "https://twitter.com/intent/user?user_id=700093817"
    }
  },
  {
    "following" : {
      "accountId" : "700039000",
      "userLink" : "https://twitter.com/intent/user?user_id=700039000"
    }
  },
  {
    "following" : {
      "accountId" : "700141725",
      "userLink" : "https://twitter.com/intent/user?user_id=700141725"
    }
  },
  {
    "following" : {
      "accountId" : "700037124",
      "userLink" : "https://twitter.com/intent/user?user_id=700037124"
    }
  },
  {
    "following" : {
      "accountId" : "700150699",
      "userLink" : "https://twitter.com/intent/user?user_id=700150699"
    }
  },
  {
    "following" : {
      "accountId" : "700005589",
      "userLink" : "https://twitter.com/intent/user?user_id=700005589"
    }
  },
  {
    "following" : {
      "accountId" : "700154563",
      "userLink" : "https://twitter.com/intent/user?user_id=700154563"
    }
  },
  {
    "following" : {
      "accountId" : "700120683",
      "userLink" : "https://twitter.com/intent/user?user_id=700120683"
    }
  },
  {
    "following" : {
      "accountId" : "700028395",
      "userLink" : "https://twitter.com/intent/user?user_id=700028395"
    }
  },
  {
    "following" : {
      "accountId" : "700113949",
      "userLink" : "https://twitter.com/intent/user?user_id=700113949"
    }
  },
  {
    "following" : {
      "accountId" : "700122839",
      "userLink" : "https://twitter.com/intent/user?user_id=700122839"
    }
  },
  {
    "following" : {
      "accountId" : "700096267",
      "userLink" : "https://twitter.com/intent/user?user_id=700096267"
    }
  },
  {
    "following" : {
      "accountId" : "700128327",
      "userLink" : "https://twitter.com/intent/user?user_id=700128327"
    }
  },
  {
    "following" : {
      "accountId" : "700041590",
      "userLink" : "https://twitter.com/intent/user?user_id=700041590"
    }
  },
  {
    "following" : {
      "accountId" : "700031419",
      "userLink" : "https://twitter.com/intent/user?user_id=700031419"
    }
  },
  {
    "following" : {
      "accountId" : "700051495",
      "userLink" : "https://twitter.com/intent/user?user_id=700051495"
    }
  },
  {
    "following" : {
      "accountId" : "700128334",
      "userLink" : "https://twitter.com/intent/user?user_id=700128334"
    }
  },
  {
    "following" : {
      "accountId" : "700060091",
      "userLink" : "https://twitter.com/intent/user?user_id=700060091"
    }
  },
  {
    "following" : {
      "accountId" : "700158049",
      "userLink" : "https://twitter.com/intent/user?user_id=700158049"
    }
  },
  {
    "following" : {
      "accountId" : "700117631",
      "userLink" : "https://twitter.com/intent/user?user_id=700117631"
    }
  },
  {
    "following" : {
      "accountId" : "700043312",
      "userLink" : "https://twitter.com/intent/user?user_id=700043312"
    }
  },
  {
    "following" : {
      "accountId" : "700119150",
      "userLink" : "https://twitter.com/intent/user?user_id=700119150"
    }
  },
  {
    "following" : {
      "accountId" : "700063248",
      "userLink" : "https://twitter.com/intent/user?user_id=700063248"
    }
  },
  {
    "following" : {
      "accountId" : "700044635",
      "userLink" : "https://twitter.com/intent/user?user_id=700044635"
    }
  },
  {
    "following" : {
      "accountId" : "700051817",
      "userLink" : "https://twitter.com/intent/user?user_id=700051817"
    }
  },
  {
    "following" : {
      "accountId" : "700133822",
      "userLink" : "https://twitter.com/intent/user?user_id=700133822"
    }
  },
  {
    "following" : {
      "accountId" : "700027863",
      "userLink" : "https://twitter.com/intent/user?user_id=700027863"
    }
  },
  {
    "following" : {
      "accountId" : "700110505",
      "userLink" : "https://twitter.com/intent/user?user_id=700110505"
    }
  },
  {
    "following" : {
      "accountId" : "700023397",
      "userLink" : "https://twitter.com/intent/user?user_id=700023397"
    }
  },
  {
    "following" : {
      "accountId" : "700100663",
      "userLink" : "https://twitter.com/intent/user?user_id=700100663"
    }
  },
  {
    "following" : {
      "accountId" : "700001739",
      "userLink" : "https://twitter.com/intent/user?user_id=700001739"
    }
  },
  {
    "following" : {
      "accountId" : "700022921",
      "userLink" : "https://twitter.com/intent/user?user_id=700022921"
    }
  },
  {
    "following" : {
      "accountId" : "700019995",
      "userLink" : "https://twitter.com/intent/user?user_id=700019995"
    }
  },
  {
    "following" : {
      "accountId" : "700042836",
      "userLink" : "https://twitter.com/intent/user?user_id=700042836"
    }
  },
  {
    "following" : {
      "accountId" : "700035472",
      "userLink" : "https://twitter.com/intent/user?user_id=700035472"
    }
  },
  {
    "following" : {
      "accountId" : "700063633",
      "userLink" : "https://twitter.com/intent/user?user_id=700063633"
    }
  },
  {
    "following" : {
      "accountId" : "700080475",
      "userLink" : "https://twitter.com/intent/user?user_id=700080475"
    }
  },
  {
    "following" : {
      "accountId" : "700111870",
      "userLink" : "https://twitter.com/intent/user?user_id=700111870"
    }
  },
  {
    "following" : {
      "accountId" : "700028556",
      "userLink" : "https://twitter.com/intent/user?user_id=700028556"
    }
  },
  {
    "following" : {
      "accountId" : "700083044",
      "userLink" : "https://twitter.com/intent/user?user_id=700083044"
    }
  },
  {
    "following" : {
      "accountId" : "700108125",
      "userLink" : "https://twitter.com/intent/user?user_id=700108125"
    }
  },
  {
    "following" : {
      "accountId" : "700066174",
      "userLink" : "https://twitter.com/intent/user?user_id=700066174"
    }
  },
  {
    "following" : {
      "accountId" : "700038279",
      "userLink" : "https://twitter.com/intent/user?user_id=700038279"
    }
  },
  {
    "following" : {
      "accountId" : "700155424",
      "userLink" : "https://twitter.com/intent/user?user_id=700155424"
    }
  },
  {
    "following" : {
      "accountId" : "700046532",
      "userLink" : "https://twitter.com/intent/user?user_id=700046532"
    }
  },
  {
    "following" : {
      "accountId" : "700070857",
      "userLink" : "https://twitter.com/intent/user?user_id=700070857"
    }
  },
  {
    "following" : {
      "accountId" : "700082463",
      "userLink" : "https://twitter.com/intent/user?user_id=700082463"
    }
  },
  {
    "following" : {
      "accountId" : "700071998",
      "userLink" : "https://twitter.com/intent/user?user_id=700071998"
    }
  },
  {
    "following" : {
      "accountId" : "700073776",
      "userLink" : "https://twitter.com/intent/user?user_id=700073776"
    }
  },
  {
    "following" : {
      "accountId" : "700139814",
      "userLink" : "https://twitter.com/intent/user?user_id=700139814"
    }
  },
  {
    "following" : {
      "accountId" : "700063864",
      "userLink" : "https://twitter.com/intent/user?user_id=700063864"
    }
  },
  {
    "following" : {
      "accountId" : "700067245",
      "userLink" : "https://twitter.com/intent/user?user_id=700067245"
    }
  },
  {
    "following" : {
      "accountId" : "700154402",
      "userLink" : "https://twitter.com/intent/user?user_id=700154402"
    }
  },
  {
    "following" : {
      "accountId" : "700150713",
      "userLink" : "https://twitter.com/intent/user?user_id=700150713"
    }
  },
  {
    "following" : {
      "accountId" : "700004280",
      "userLink" : "https://twitter.com/intent/user?user_id=700004280"
    }
  },
  {
    "following" : {
      "accountId" : "700102014",
      "userLink" : "https://twitter.com/intent/user?user_id=700102014"
    }
  },
  {
    "following" : {
      "accountId" : "700146548",
      "userLink" : "https://twitter.com/intent/user?user_id=700146548"
    }
  },
  {
    "following" : {
      "accountId" : "700065915",
      "userLink" : "https://twitter.com/intent/user?user_id=700065915"
    }
  },
  {
    "following" : {
      "accountId" : "700149096",
      "userLink" : "https://twitter.com/intent/user?user_id=700149096"
    }
  },
  {
    "following" : {
      "accountId" : "700012771",
      "userLink" : "https://twitter.com/intent/user?user_id=700012771"
    }
  },
  {
    "following" : {
      "accountId" : "700094846",
      "userLink" : "https://twitter.com/intent/user?user_id=700094846"
    }
  },
  {
    "following" : {
      "accountId" : "700161073",
      "userLink" : "https://twitter.com/intent/user?user_id=700161073"
    }
  },
  {
    "following" : {
      "accountId" : "700163418",
      "userLink" : "https://twitter.com/intent/user?user_id=700163418"
    }
  },
  {
    "following" : {
      "accountId" : "700050060",
      "userLink" : "https://twitter.com/intent/user?user_id=700050060"
    }
  },
  {
    "following" : {
      "accountId" : "700095700",
      "userLink" : "https://twitter.com/intent/user?user_id=700095700"
    }
  },
  {
    "following" : {
      "accountId" : "700048303",
      "userLink" : "https://twitter.com/intent/user?user_id=700048303"
    }
  },
  {
    "following" : {
      "accountId" : "700088679",
      "userLink" : "https://twitter.com/intent/user?user_id=700088679"
    }
  },
  {
    "following" : {
      "accountId" : "700116602",
      "userLink" : "https://twitter.com/intent/user?user_id=700116602"
    }
  },
  {
    "following" : {
      "accountId" : "700007612",
      "userLink" : "https://twitter.com/intent/user?user_id=700007612"
    }
  },
  {
    "following" : {
      "accountId" : "700108734",
      "userLink" : "https://twitter.com/intent/user?user_id=700108734"
    }
  },
  {
    "following" : {
      "accountId" : "700053098",
      "userLink" : "https://twitter.com/intent/user?user_id=700053098"
    }
  },
  {
    "following" : {
      "accountId" : "700129132",
      "userLink" : "https://twitter.com/intent/user?user_id=700129132"
    }
  },
  {
    "following" : {
      "accountId" : "700071627",
      "userLink" : "https://twitter.com/intent/user?user_id=700071627"
    }
  },
  {
    "following" : {
      "accountId" : "700119801",
      "userLink" : "https://twitter.com/intent/user?user_id=700119801"
    }
  },
  {
    "following" : {
      "accountId" : "700066461",
      "userLink" : "https://twitter.com/intent/user?user_id=700066461"
    }
  },
  {
    "following" : {
      "accountId" : "700152526",
      "userLink" : "https://twitter.com/intent/user?user_id=700152526"
    }
  },
  {
    "following" : {
      "accountId" : "700128831",
      "userLink" : "https://twitter.com/intent/user?user_id=700128831"
    }
  },
  {
    "following" : {
      "accountId" : "700040463",
      "userLink" : "https://twitter.com/intent/user?user_id=700040463"
    }
  },
  {
    "following" : {
      "accountId" : "700017286",
      "userLink" : "https://twitter.com/intent/user?user_id=700017286"
    }
  },
  {
    "following" : {
      "accountId" : "700028206",
      "userLink" : "https://twitter.com/intent/user?user_id=700028206"
    }
  },
  {
    "following" : {
      "accountId" : "700144434",
      "userLink" : "https://twitter.com/intent/user?user_id=700144434"
    }
  },
  {
    "following" : {
      "accountId" : "700098934",
      "userLink" : "https://twitter.com/intent/user?user_id=700098934"
    }
  },
  {
    "following" : {
      "accountId" : "700073699",
      "userLink" : "https://twitter.com/intent/user?user_id=700073699"
    }
  },
  {
    "following" : {
      "accountId" : "700161913",
      "userLink" : "https://twitter.com/intent/user?user_id=700161913"
    }
  },
  {
    "following" : {
      "accountId" : "700086327",
      "userLink" : "https://twitter.com/intent/user?user_id=700086327"
    }
  },
  {
    "following" : {
      "accountId" : "700011609",
      "userLink" : "https://twitter.com/intent/user?user_id=700011609"
    }
  },
  {
    "following" : {
      "accountId" : "700058278",
      "userLink" : "https://twitter.com/intent/user?user_id=700058278"
    }
  },
  {
    "following" : {
      "accountId" : "700110225",
      "userLink" : "https://twitter.com/intent/user?user_id=700110225"
    }
  },
  {
    "following" : {
      "accountId" : "700145659",
      "userLink" : "https://twitter.com/intent/user?user_id=700145659"
    }
  },
  {
    "following" : {
      "accountId" : "700063794",
      "userLink" : "https://twitter.com/intent/user?user_id=700063794"
    }
  },
  {
    "following" : {
      "accountId" : "700138183",
      "userLink" : "https://twitter.com/intent/user?user_id=700138183"
    }
  },
  {
    "following" : {
      "accountId" : "700076401",
      "userLink" : "https://twitter.com/intent/user?user_id=700076401"
    }
  },
  {
    "following" : {
      "accountId" : "700033323",
      "userLink" : "https://twitter.com/intent/user?user_id=700033323"
    }
  },
  {
    "following" : {
      "accountId" : "700099074",
      "userLink" : "https://twitter.com/intent/user?user_id=700099074"
    }
  },
  {
    "following" : {
      "accountId" : "700131267",
      "userLink" : "https://twitter.com/intent/user?user_id=700131267"
    }
  },
  {
    "following" : {
      "accountId" : "700073447",
      "userLink" : "https://twitter.com/intent/user?user_id=700073447"
    }
  },
  {
    "following" : {
      "accountId" : "700073755",
      "userLink" : "https://twitter.com/intent/user?user_id=700073755"
    }
  },
  {
    "following" : {
      "accountId" : "700066706",
      "userLink" : "https://twitter.com/intent/user?user_id=700066706"
    }
  },
  {
    "following" : {
      "accountId" : "700018392",
      "userLink" : "https://twitter.com/intent/user?user_id=700018392"
    }
  },
  {
    "following" : {
      "accountId" : "700066314",
      "userLink" : "https://twitter.com/intent/user?user_id=700066314"
    }
  },
  {
    "following" : {
      "accountId" : "700139828",
      "userLink" : "https://twitter.com/intent/user?user_id=700139828"
    }
  },
  {
    "following" : {
      "accountId" : "700073076",
      "userLink" : "https://twitter.com/intent/user?user_id=700073076"
    }
  },
  {
    "following" : {
      "accountId" : "700101671",
      "userLink" : "https://twitter.com/intent/user?user_id=700101671"
    }
  },
  {
    "following" : {
      "accountId" : "700073251",
      "userLink" : "https://twitter.com/intent/user?user_id=700073251"
    }
  },
  {
    "following" : {
      "accountId" : "700075106",
      "userLink" : "https://twitter.com/intent/user?user_id=700075106"
    }
  },
  {
    "following" : {
      "accountId" : "700036004",
      "userLink" : "https://twitter.com/intent/user?user_id=700036004"
    }
  },
  {
    "following" : {
      "accountId" : "700055037",
      "userLink" : "https://twitter.com/intent/user?user_id=700055037"
    }
  },
  {
    "following" : {
      "accountId" : "700070780",
      "userLink" : "https://twitter.com/intent/user?user_id=700070780"
    }
  },
  {
    "following" : {
      "accountId" : "700053602",
      "userLink" : "https://twitter.com/intent/user?user_id=700053602"
    }
  },
  {
    "following" : {
      "accountId" : "700153562",
      "userLink" : "https://twitter.com/intent/user?user_id=700153562"
    }
  },
  {
    "following" : {
      "accountId" : "700030334",
      "userLink" : "https://twitter.com/intent/user?user_id=700030334"
    }
  },
  {
    "following" : {
      "accountId" : "700115587",
      "userLink" : "https://twitter.com/intent/user?user_id=700115587"
    }
  },
  {
    "following" : {
      "accountId" : "700049031",
      "userLink" : "https://twitter.com/intent/user?user_id=700049031"
    }
  },
  {
    "following" : {
      "accountId" : "700156999",
      "userLink" : "https://twitter.com/intent/user?user_id=700156999"
    }
  },
  {
    "following" : {
      "accountId" : "700056276",
      "userLink" : "https://twitter.com/intent/user?user_id=700056276"
    }
  },
  {
    "following" : {
      "accountId" : "700018511",
      "userLink" : "https://twitter.com/intent/user?user_id=700018511"
    }
  },
  {
    "following" : {
      "accountId" : "700011623",
      "userLink" : "https://twitter.com/intent/user?user_id=700011623"
    }
  },
  {
    "following" : {
      "accountId" : "700027912",
      "userLink" : "https://twitter.com/intent/user?user_id=700027912"
    }
  },
  {
    "following" : {
      "accountId" : "700160499",
      "userLink" : "https://twitter.com/intent/user?user_id=700160499"
    }
  },
  {
    "following" : {
      "accountId" : "700084269",
      "userLink" : "https://twitter.com/intent/user?user_id=700084269"
    }
  },
  {
    "following" : {
      "accountId" : "700138379",
      "userLink" : "https://twitter.com/intent/user?user_id=700138379"
    }
  },
  {
    "following" : {
      "accountId" : "700095308",
      "userLink" : "https://twitter.com/intent/user?user_id=700095308"
    }
  },
  {
    "following" : {
      "accountId" : "700107628",
      "userLink" : "https://twitter.com/intent/user?user_id=700107628"
    }
  },
  {
    "following" : {
      "accountId" : "700149936",
      "userLink" : "https://twitter.com/intent/user?user_id=700149936"
    }
  },
  {
    "following" : {
      "accountId" : "700074756",
      "userLink" : "https://twitter.com/intent/user?user_id=700074756"
    }
  },
  {
    "following" : {
      "accountId" : "700074721",
      "userLink" : "https://twitter.com/intent/user?user_id=700074721"
    }
  },
  {
    "following" : {
      "accountId" : "700024853",
      "userLink" : "https://twitter.com/intent/user?user_id=700024853"
    }
  },
  {
    "following" : {
      "accountId" : "700088168",
      "userLink" : "https://twitter.com/intent/user?user_id=700088168"
    }
  },
  {
    "following" : {
      "accountId" : "700007892",
      "userLink" : "https://twitter.com/intent/user?user_id=700007892"
    }
  },
  {
    "following" : {
      "accountId" : "700145470",
      "userLink" : "https://twitter.com/intent/user?user_id=700145470"
    }
  },
  {
    "following" : {
      "accountId" : "700102161",
      "userLink" : "https://twitter.com/intent/user?user_id=700102161"
    }
  },
  {
    "following" : {
      "accountId" : "700023922",
      "userLink" : "https://twitter.com/intent/user?user_id=700023922"
    }
  },
  {
    "following" : {
      "accountId" : "700063500",
      "userLink" : "https://twitter.com/intent/user?user_id=700063500"
    }
  },
  {
    "following" : {
      "accountId" : "700029025",
      "userLink" : "https://twitter.com/intent/user?user_id=700029025"
    }
  },
  {
    "following" : {
      "accountId" : "700160709",
      "userLink" : "https://twitter.com/intent/user?user_id=700160709"
    }
  },
  {
    "following" : {
      "accountId" : "700160975",
      "userLink" : "https://twitter.com/intent/user?user_id=700160975"
    }
  },
  {
    "following" : {
      "accountId" : "700027499",
      "userLink" : "https://twitter.com/intent/user?user_id=700027499"
    }
  },
  {
    "following" : {
      "accountId" : "700120074",
      "userLink" : "https://twitter.com/intent/user?user_id=700120074"
    }
  },
  {
    "following" : {
      "accountId" : "700098794",
      "userLink" : "https://twitter.com/intent/user?user_id=700098794"
    }
  },
  {
    "following" : {
      "accountId" : "700069996",
      "userLink" : "https://twitter.com/intent/user?user_id=700069996"
    }
  },
  {
    "following" : {
      "accountId" : "700034093",
      "userLink" : "https://twitter.com/intent/user?user_id=700034093"
    }
  },
  {
    "following" : {
      "accountId" : "700069114",
      "userLink" : "https://twitter.com/intent/user?user_id=700069114"
    }
  },
  {
    "following" : {
      "accountId" : "700049514",
      "userLink" : "https://twitter.com/intent/user?user_id=700049514"
    }
  },
  {
    "following" : {
      "accountId" : "700119248",
      "userLink" : "https://twitter.com/intent/user?user_id=700119248"
    }
  },
  {
    "following" : {
      "accountId" : "700023761",
      "userLink" : "https://twitter.com/intent/user?user_id=700023761"
    }
  },
  {
    "following" : {
      "accountId" : "700073412",
      "userLink" : "https://twitter.com/intent/user?user_id=700073412"
    }
  },
  {
    "following" : {
      "accountId" : "700077668",
      "userLink" : "https://twitter.com/intent/user?user_id=700077668"
    }
  },
  {
    "following" : {
      "accountId" : "700031328",
      "userLink" : "https://twitter.com/intent/user?user_id=700031328"
    }
  },
  {
    "following" : {
      "accountId" : "700109007",
      "userLink" : "https://twitter.com/intent/user?user_id=700109007"
    }
  },
  {
    "following" : {
      "accountId" : "700041604",
      "userLink" : "https://twitter.com/intent/user?user_id=700041604"
    }
  },
  {
    "following" : {
      "accountId" : "700158210",
      "userLink" : "https://twitter.com/intent/user?user_id=700158210"
    }
  },
  {
    "following" : {
      "accountId" : "700113263",
      "userLink" : "https://twitter.com/intent/user?user_id=700113263"
    }
  },
  {
    "following" : {
      "accountId" : "700033358",
      "userLink" : "https://twitter.com/intent/user?user_id=700033358"
    }
  },
  {
    "following" : {
      "accountId" : "700048254",
      "userLink" : "https://twitter.com/intent/user?user_id=700048254"
    }
  },
  {
    "following" : {
      "accountId" : "700141998",
      "userLink" : "https://twitter.com/intent/user?user_id=700141998"
    }
  },
  {
    "following" : {
      "accountId" : "700020933",
      "userLink" : "https://twitter.com/intent/user?user_id=700020933"
    }
  },
  {
    "following" : {
      "accountId" : "700001207",
      "userLink" : "https://twitter.com/intent/user?user_id=700001207"
    }
  },
  {
    "following" : {
      "accountId" : "700028633",
      "userLink" : "https://twitter.com/intent/user?user_id=700028633"
    }
  },
  {
    "following" : {
      "accountId" : "700127732",
      "userLink" : "https://twitter.com/intent/user?user_id=700127732"
    }
  },
  {
    "following" : {
      "accountId" : "700114411",
      "userLink" : "https://twitter.com/intent/user?user_id=700114411"
    }
  },
  {
    "following" : {
      "accountId" : "700089302",
      "userLink" : "https://twitter.com/intent/user?user_id=700089302"
    }
  },
  {
    "following" : {
      "accountId" : "700045041",
      "userLink" : "https://twitter.com/intent/user?user_id=700045041"
    }
  },
  {
    "following" : {
      "accountId" : "700003475",
      "userLink" : "https://twitter.com/intent/user?user_id=700003475"
    }
  },
  {
    "following" : {
      "accountId" : "700109238",
      "userLink" : "https://twitter.com/intent/user?user_id=700109238"
    }
  },
  {
    "following" : {
      "accountId" : "700130721",
      "userLink" : "https://twitter.com/intent/user?user_id=700130721"
    }
  },
  {
    "following" : {
      "accountId" : "700020457",
      "userLink" : "https://twitter.com/intent/user?user_id=700020457"
    }
  }
]